/* page_staff.c: the administrator's pages for staff accounts: list, create, edit, reset, disable. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

#include "pages.h"

enum { U_NAMA, U_NIP, U_PANGKAT, U_JABATAN, U_PERAN, U__MAX };
static const struct field user_fields[U__MAX] = {
	[U_NAMA] = { "nama", "Nama lengkap", FIELD_TEXT, 1, 150, NULL },
	[U_NIP] = { "nip", "NIP", FIELD_NIP, 0, 18, NULL },
	[U_PANGKAT] = { "pangkat", "Pangkat/golongan", FIELD_TEXT, 0, 100,
	    NULL },
	[U_JABATAN] = { "jabatan", "Jabatan", FIELD_TEXT, 0, 150, NULL },
	[U_PERAN] = { "peran", "Peran", FIELD_CHOICE, 1, 0, role_names },
};

/* Choices.peran and Choices.unit (the active units, seksi with their bidang). */
static NEOERR *
user_choices(struct req *r)
{
	char key[64], label[320];
	NEOERR *err = STATUS_OK;
	HDF *u;
	int i, n = 0;

	for (i = 0; i < ROLE__MAX && err == STATUS_OK; i++) {
		snprintf(key, sizeof(key), "Choices.peran.%d.value", i);
		err = hdf_set_value(r->hdf, key, role_names[i]);
		snprintf(key, sizeof(key), "Choices.peran.%d.label", i);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, role_labels[i]);
	}
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_UNIT_LIST, NULL, 0, r->hdf, "Units",
		    NULL);
	for (u = hdf_get_child(r->hdf, "Units"); u != NULL && err == STATUS_OK;
	    u = hdf_obj_next(u)) {
		if (hdf_get_int_value(u, "active", 0) == 0)
			continue;
		if (strcmp(hdf_get_value(u, "kind", ""), "seksi") == 0)
			snprintf(label, sizeof(label), "%s — %s",
			    hdf_get_value(u, "name", ""),
			    hdf_get_value(u, "parent_name", ""));
		else
			snprintf(label, sizeof(label), "%s",
			    hdf_get_value(u, "name", ""));
		snprintf(key, sizeof(key), "Choices.unit.%d.value", n);
		err = hdf_set_value(r->hdf, key, hdf_get_value(u, "id", ""));
		snprintf(key, sizeof(key), "Choices.unit.%d.label", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, label);
		n++;
	}
	return nerr_pass(err);
}

/*
 * Checks the chosen unit against the role: a Kepala Bidang heads a
 * bidang, a Kasi a seksi; others may name a unit or none. Uses Units
 * from user_choices; *unit_id is 0 for none.
 */
static NEOERR *
check_unit(struct req *r, int *nerrors, long long *unit_id)
{
	const char *chosen = hdf_get_value(r->hdf, "Query.unit", "");
	const char *role = hdf_get_value(r->hdf, "Form.peran", "");
	const char *kind = NULL, *want = NULL;
	NEOERR *err;
	HDF *u;

	*unit_id = 0;
	err = hdf_set_value(r->hdf, "Form.unit", utf8_valid(chosen,
	    strlen(chosen)) ? chosen : "");
	if (err != STATUS_OK)
		return nerr_pass(err);
	for (u = hdf_get_child(r->hdf, "Units"); u != NULL && *chosen != '\0';
	    u = hdf_obj_next(u))
		if (strcmp(hdf_get_value(u, "id", ""), chosen) == 0 &&
		    hdf_get_int_value(u, "active", 0) == 1) {
			kind = hdf_get_value(u, "kind", "");
			*unit_id = hdf_get_int_value(u, "id", 0);
		}
	if (*chosen != '\0' && kind == NULL)
		return nerr_pass(form_error(r->hdf, "unit", "Unit tidak sesuai dengan "
		    "pilihan yang tersedia.", nerrors));
	if (strcmp(role, "kepala_bidang") == 0)
		want = "bidang";
	else if (strcmp(role, "kasi") == 0)
		want = "seksi";
	if (want != NULL && (kind == NULL || strcmp(kind, want) != 0))
		return nerr_pass(form_error(r->hdf, "unit", strcmp(want, "bidang") == 0 ?
		    "Unit wajib dipilih: bidang yang dipimpin Kepala Bidang." :
		    "Unit wajib dipilih: seksi yang dipimpin Kasi.", nerrors));
	return STATUS_OK;
}

/* The profile fields of a user, bound for INSERT or UPDATE (5 + unit). */
static void
profile_args(HDF *h, long long unit_id, struct db_arg *a)
{
	const char *v;

	a[0] = DB_ARG_STR(hdf_get_value(h, "Form.nama", ""));
	v = hdf_get_value(h, "Form.nip", "");
	a[1] = *v != '\0' ? DB_ARG_STR(v) : DB_ARG_NULL;
	v = hdf_get_value(h, "Form.pangkat", "");
	a[2] = *v != '\0' ? DB_ARG_STR(v) : DB_ARG_NULL;
	v = hdf_get_value(h, "Form.jabatan", "");
	a[3] = *v != '\0' ? DB_ARG_STR(v) : DB_ARG_NULL;
	a[4] = DB_ARG_STR(hdf_get_value(h, "Form.peran", ""));
	a[5] = unit_id > 0 ? DB_ARG_INT(unit_id) : DB_ARG_NULL;
}

NEOERR *
page_users(struct req *r)
{
	enum role role;
	NEOERR *err;
	HDF *u;

	err = db_rows_to_hdf(STMT_STAFF_LIST, NULL, 0, r->hdf, "Users", NULL);
	for (u = hdf_get_child(r->hdf, "Users"); u != NULL && err == STATUS_OK;
	    u = hdf_obj_next(u))
		if (role_parse(hdf_get_value(u, "role", ""), &role) == 0)
			err = hdf_set_value(u, "role_label", role_label(role));
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Pengguna");
	if (err == STATUS_OK)
		err = page_notice(r);
	if (err == STATUS_OK)
		err = resp_page(r, "admin_users.cs");
	return nerr_pass(err);
}

/* The form page of a user: new (no Target) or an existing one. */
static NEOERR *
user_page(struct req *r, enum http_status status)
{
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title",
	    hdf_get_obj(r->hdf, "Target") != NULL ? "Ubah Pengguna" :
	    "Tambah Pengguna");
	if (err == STATUS_OK && hdf_get_obj(r->hdf, "Choices.peran") == NULL)
		err = user_choices(r);
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_user.cs");
	return nerr_pass(err);
}

NEOERR *
page_user_new(struct req *r)
{
	return nerr_pass(user_page(r, HTTP_OK));
}

/* Checks the profile fields and the unit; *nerrors counts the wrong ones. */
static NEOERR *
check_profile(struct req *r, int *nerrors, long long *unit_id)
{
	NEOERR *err;
	int n = 0;

	/* form_check counts from zero: add its count to those before. */
	err = form_check(r->hdf, user_fields, U__MAX, &n);
	*nerrors += n;
	if (err == STATUS_OK)
		err = user_choices(r);
	if (err == STATUS_OK)
		err = check_unit(r, nerrors, unit_id);
	return nerr_pass(err);
}

/* POST: a new account with a first password its user must change. */
NEOERR *
page_user_create(struct req *r)
{
	const char *username = hdf_get_value(r->hdf, "Query.username", "");
	const char *password = hdf_get_value(r->hdf, "Query.sandi", "");
	char hash[PASSWORD_HASH_LEN], msg[160], path[64];
	unsigned long long id;
	struct db_arg a[9];
	long long unit_id;
	const char *problem;
	NEOERR *err;
	int nerrors = 0;

	/* The username first: it comes first in the form. */
	err = hdf_set_value(r->hdf, "Form.username", utf8_valid(username,
	    strlen(username)) ? username : "");
	if (err == STATUS_OK && !username_valid(username))
		err = form_error(r->hdf, "username", *username == '\0' ?
		    "Nama pengguna wajib diisi." : "Nama pengguna hanya boleh "
		    "berisi 3 sampai 32 huruf kecil, angka, titik, garis bawah, "
		    "atau tanda hubung.", &nerrors);
	if (err == STATUS_OK)
		err = check_profile(r, &nerrors, &unit_id);
	problem = password_problem(password, username);
	if (err == STATUS_OK && problem != NULL) {
		snprintf(msg, sizeof(msg), "Kata sandi awal %s", *password ==
		    '\0' ? "wajib diisi." : problem);
		err = form_error(r->hdf, "sandi", msg, &nerrors);
	}
	if (err == STATUS_OK && nerrors == 0)
		err = password_hash(password, hash, sizeof(hash));
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors == 0) {
		a[0] = DB_ARG_STR(username);
		a[1] = DB_ARG_STR(hash);
		a[2] = DB_ARG_INT(1);
		profile_args(r->hdf, unit_id, a + 3);
		err = db_exec(STMT_STAFF_INSERT, a, 9, &id);
		if (nerr_handle(&err, NERR_DUPLICATE))
			err = form_error(r->hdf, "username", "Nama pengguna sudah dipakai.",
			    &nerrors);
		else if (err == STATUS_OK) {
			snprintf(path, sizeof(path), "/admin/pengguna/%llu"
			    "?pesan=dibuat", id);
			resp_redirect(r, path);
			return STATUS_OK;
		}
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = user_page(r, HTTP_UNPROCESSABLE);
	return nerr_pass(err);
}

/* Loads the user of the route's :id into Target. */
static NEOERR *
target_load(struct req *r, long long *id)
{
	return nerr_pass(record_load(r, STMT_STAFF_BY_ID, "Target", id));
}

/* Fills the edit form from the account in Target. */
static NEOERR *
form_from_target(struct req *r)
{
	static const char *const map[][2] = { { "nama", "name" },
	    { "nip", "nip" }, { "pangkat", "rank" }, { "jabatan", "position" },
	    { "peran", "role" }, { "unit", "unit_id" } };
	char key[64], from[64];
	NEOERR *err = STATUS_OK;
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]) && err == STATUS_OK;
	    i++) {
		snprintf(key, sizeof(key), "Form.%s", map[i][0]);
		snprintf(from, sizeof(from), "Target.%s", map[i][1]);
		err = hdf_set_value(r->hdf, key, hdf_get_value(r->hdf, from,
		    ""));
	}
	return nerr_pass(err);
}

/* GET: the edit form, filled from the account. */
NEOERR *
page_user_edit(struct req *r)
{
	NEOERR *err;
	long long id;

	err = target_load(r, &id);
	if (err == STATUS_OK)
		err = form_from_target(r);
	if (err == STATUS_OK)
		err = page_notice(r);
	if (err == STATUS_OK)
		err = user_page(r, HTTP_OK);
	return nerr_pass(err);
}

/* Answers a refused POST on a user's page: the page again, with 422. */
static NEOERR *
user_refused(struct req *r, int nerrors)
{
	NEOERR *err;

	err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = user_page(r, HTTP_UNPROCESSABLE);
	return nerr_pass(err);
}

static void
redirect_user(struct req *r, long long id, const char *notice)
{
	char path[80];

	snprintf(path, sizeof(path), "/admin/pengguna/%lld?pesan=%s", id,
	    notice);
	resp_redirect(r, path);
}

/* POST: the profile, role and unit. An administrator keeps their own role. */
NEOERR *
page_user_update(struct req *r)
{
	struct db_arg a[7];
	long long id, unit_id;
	NEOERR *err;
	int nerrors = 0;

	err = target_load(r, &id);
	if (err == STATUS_OK)
		err = check_profile(r, &nerrors, &unit_id);
	if (err == STATUS_OK && id == r->user.id &&
	    strcmp(hdf_get_value(r->hdf, "Form.peran", ""), "admin") != 0)
		err = form_error(r->hdf, "peran", "Anda tidak dapat mengubah peran Anda "
		    "sendiri.", &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors > 0)
		return nerr_pass(user_refused(r, nerrors));
	profile_args(r->hdf, unit_id, a);
	a[6] = DB_ARG_INT(id);
	err = db_exec(STMT_STAFF_UPDATE, a, 7, NULL);
	if (err == STATUS_OK)
		redirect_user(r, id, "disimpan");
	return nerr_pass(err);
}

/*
 * POST: a new password the user must change at their next login; their
 * sessions end now.
 */
NEOERR *
page_user_reset(struct req *r)
{
	const char *password = hdf_get_value(r->hdf, "Query.sandi", "");
	char hash[PASSWORD_HASH_LEN], msg[160];
	struct db_arg a[3];
	const char *problem;
	NEOERR *err;
	long long id;
	int nerrors = 0;

	err = target_load(r, &id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	problem = password_problem(password, hdf_get_value(r->hdf,
	    "Target.username", ""));
	if (problem != NULL) {
		snprintf(msg, sizeof(msg), "Kata sandi baru %s", *password ==
		    '\0' ? "wajib diisi." : problem);
		err = form_from_target(r);
		if (err == STATUS_OK)
			err = form_error(r->hdf, "sandi", msg, &nerrors);
		if (err == STATUS_OK)
			err = user_refused(r, nerrors);
		return nerr_pass(err);
	}
	err = password_hash(password, hash, sizeof(hash));
	a[0] = DB_ARG_STR(hash);
	a[1] = DB_ARG_INT(1);
	a[2] = DB_ARG_INT(id);
	if (err == STATUS_OK)
		err = sess_end_with(STMT_STAFF_PASSWORD_SET, a, 3, id, "");
	if (err == STATUS_OK)
		redirect_user(r, id, "sandi");
	return nerr_pass(err);
}

/* POST: aktif=0 disables the account and ends its sessions; 1 enables it. */
NEOERR *
page_user_status(struct req *r)
{
	const char *active = hdf_get_value(r->hdf, "Query.aktif", "");
	struct db_arg a[2];
	NEOERR *err;
	long long id;
	int nerrors = 0;

	err = target_load(r, &id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (strcmp(active, "0") != 0 && strcmp(active, "1") != 0)
		return nerr_raise(NERR_BAD_REQUEST, "%s", "aktif is 0 or 1");
	if (id == r->user.id && *active == '0') {
		err = form_from_target(r);
		if (err == STATUS_OK)
			err = form_error(r->hdf, "aktif", "Anda tidak dapat menonaktifkan "
			    "akun Anda sendiri.", &nerrors);
		if (err == STATUS_OK)
			err = user_refused(r, nerrors);
		return nerr_pass(err);
	}
	a[0] = DB_ARG_INT(*active == '1');
	a[1] = DB_ARG_INT(id);
	/* Enabled again, an account starts without the sessions it had. */
	err = sess_end_with(STMT_STAFF_DISABLE, a, 2, id, "");
	if (err == STATUS_OK)
		redirect_user(r, id, "status");
	return nerr_pass(err);
}
