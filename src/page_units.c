/* page_units.c: the administrator's pages for units: the bidang and their seksi. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

#include "pages.h"

static const char *const unit_kinds[] = { "bidang", "seksi", NULL };

enum { N_JENIS, N_NAMA, N__MAX };
static const struct field unit_fields[N__MAX] = {
	[N_JENIS] = { "jenis", "Jenis unit", FIELD_CHOICE, 1, 0, unit_kinds },
	[N_NAMA] = { "nama", "Nama unit", FIELD_TEXT, 1, 150, NULL },
};

/* Units (all) and Choices.bidang (the active bidang). */
static NEOERR *
load_units(struct req *r)
{
	char key[64];
	NEOERR *err;
	HDF *u;
	int n = 0;

	err = db_rows_to_hdf(STMT_UNIT_LIST, NULL, 0, r->hdf, "Units", NULL);
	for (u = hdf_get_child(r->hdf, "Units"); u != NULL && err == STATUS_OK;
	    u = hdf_obj_next(u)) {
		if (strcmp(hdf_get_value(u, "kind", ""), "bidang") != 0 ||
		    hdf_get_int_value(u, "active", 0) == 0)
			continue;
		snprintf(key, sizeof(key), "Choices.bidang.%d.value", n);
		err = hdf_set_value(r->hdf, key, hdf_get_value(u, "id", ""));
		snprintf(key, sizeof(key), "Choices.bidang.%d.label", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, hdf_get_value(u, "name",
			    ""));
		n++;
	}
	return nerr_pass(err);
}

static NEOERR *
units_page(struct req *r, enum http_status status)
{
	NEOERR *err = STATUS_OK;

	if (hdf_get_obj(r->hdf, "Units") == NULL)
		err = load_units(r);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Unit Kerja");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_units.cs");
	return nerr_pass(err);
}

NEOERR *
page_units(struct req *r)
{
	NEOERR *err;

	err = page_notice(r);
	if (err == STATUS_OK)
		err = units_page(r, HTTP_OK);
	return nerr_pass(err);
}

/*
 * Checks Query.induk for a unit of kind: a seksi names an active bidang,
 * a bidang none. *parent is 0 for none; a wrong one gets Form.Error.induk.
 */
static NEOERR *
check_parent(struct req *r, const char *kind, long long *parent,
    int *nerrors)
{
	const char *chosen = hdf_get_value(r->hdf, "Query.induk", "");
	const char *msg = NULL;
	NEOERR *err;
	HDF *c;

	*parent = 0;
	err = hdf_set_value(r->hdf, "Form.induk", utf8_valid(chosen,
	    strlen(chosen)) ? chosen : "");
	for (c = hdf_get_child(r->hdf, "Choices.bidang"); c != NULL;
	    c = hdf_obj_next(c))
		if (*chosen != '\0' &&
		    strcmp(hdf_get_value(c, "value", ""), chosen) == 0)
			*parent = hdf_get_int_value(c, "value", 0);
	if (strcmp(kind, "seksi") == 0 && *parent == 0)
		msg = *chosen == '\0' ? "Bidang induk wajib dipilih untuk "
		    "seksi." : "Bidang induk tidak sesuai dengan pilihan yang "
		    "tersedia.";
	else if (strcmp(kind, "bidang") == 0 && *chosen != '\0')
		msg = "Bidang tidak memiliki induk: kosongkan pilihan bidang "
		    "induk.";
	if (err == STATUS_OK && msg != NULL) {
		(*nerrors)++;
		err = hdf_set_value(r->hdf, "Form.Error.induk", msg);
	}
	return nerr_pass(err);
}

static NEOERR *
duplicate_name(struct req *r, int *nerrors)
{
	(*nerrors)++;
	return nerr_pass(hdf_set_value(r->hdf, "Form.Error.nama",
	    "Nama unit sudah ada."));
}

/* POST: a new bidang, or a seksi of a bidang. */
NEOERR *
page_unit_create(struct req *r)
{
	struct db_arg a[3];
	long long parent;
	NEOERR *err;
	int nerrors = 0;

	err = form_check(r->hdf, unit_fields, N__MAX, &nerrors);
	if (err == STATUS_OK)
		err = load_units(r);
	if (err == STATUS_OK)
		err = check_parent(r, hdf_get_value(r->hdf, "Form.jenis", ""),
		    &parent, &nerrors);
	if (err == STATUS_OK && nerrors == 0) {
		a[0] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.jenis", ""));
		a[1] = parent > 0 ? DB_ARG_INT(parent) : DB_ARG_NULL;
		a[2] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.nama", ""));
		err = db_exec(STMT_UNIT_INSERT, a, 3, NULL);
		if (err == STATUS_OK) {
			resp_redirect(r, "/admin/unit?pesan=dibuat");
			return STATUS_OK;
		}
		if (nerr_handle(&err, NERR_DUPLICATE))
			err = duplicate_name(r, &nerrors);
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = units_page(r, HTTP_UNPROCESSABLE);
	return nerr_pass(err);
}

static NEOERR *
unit_page(struct req *r, enum http_status status)
{
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title", "Ubah Unit Kerja");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_unit.cs");
	return nerr_pass(err);
}

/* GET: the edit form of a unit. */
NEOERR *
page_unit_edit(struct req *r)
{
	long long id;
	NEOERR *err;

	err = record_load(r, STMT_UNIT_BY_ID, "Target", &id);
	if (err == STATUS_OK)
		err = load_units(r);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Form.nama", hdf_get_value(r->hdf,
		    "Target.name", ""));
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Form.induk", hdf_get_value(r->hdf,
		    "Target.parent_id", ""));
	if (err == STATUS_OK && hdf_get_int_value(r->hdf, "Target.active", 0))
		err = hdf_set_value(r->hdf, "Form.aktif", "1");
	if (err == STATUS_OK)
		err = unit_page(r, HTTP_OK);
	return nerr_pass(err);
}

/* POST: the name, the bidang of a seksi, and whether it is in use. */
NEOERR *
page_unit_update(struct req *r)
{
	const char *active = hdf_get_value(r->hdf, "Query.aktif", "");
	struct db_arg a[4];
	long long id, parent;
	NEOERR *err;
	int nerrors = 0;

	err = record_load(r, STMT_UNIT_BY_ID, "Target", &id);
	if (err == STATUS_OK)
		err = form_check(r->hdf, unit_fields + N_NAMA, 1, &nerrors);
	if (err == STATUS_OK)
		err = load_units(r);
	if (err == STATUS_OK)
		err = check_parent(r, hdf_get_value(r->hdf, "Target.kind", ""),
		    &parent, &nerrors);
	if (err == STATUS_OK && strcmp(active, "1") == 0)
		err = hdf_set_value(r->hdf, "Form.aktif", "1");
	if (err == STATUS_OK && nerrors == 0) {
		a[0] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.nama", ""));
		a[1] = parent > 0 ? DB_ARG_INT(parent) : DB_ARG_NULL;
		a[2] = DB_ARG_INT(strcmp(active, "1") == 0);
		a[3] = DB_ARG_INT(id);
		err = db_exec(STMT_UNIT_UPDATE, a, 4, NULL);
		if (err == STATUS_OK) {
			resp_redirect(r, "/admin/unit?pesan=disimpan");
			return STATUS_OK;
		}
		if (nerr_handle(&err, NERR_DUPLICATE))
			err = duplicate_name(r, &nerrors);
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = unit_page(r, HTTP_UNPROCESSABLE);
	return nerr_pass(err);
}
