/* page_admin.c: what the staff pages share: notices after a 303, ids in paths, loading a record. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/*
 * The one-line notices a staff page shows after a 303 (?pesan=): fixed
 * sentences, so that nothing the URL carries is shown as it came.
 */
static const struct {
	const char	*code;
	const char	*text;
} notices[] = {
	{ "sandi", "Kata sandi diperbarui." },
	{ "dibuat", "Data baru disimpan." },
	{ "disimpan", "Perubahan disimpan." },
	{ "status", "Status pengguna diperbarui." },
};

NEOERR *
page_notice(struct req *r)
{
	const char *code = hdf_get_value(r->hdf, "Query.pesan", "");
	size_t i;

	for (i = 0; i < sizeof(notices) / sizeof(notices[0]); i++)
		if (strcmp(notices[i].code, code) == 0)
			return nerr_pass(hdf_set_value(r->hdf, "Page.Notice",
			    notices[i].text));
	return STATUS_OK;
}

/* Reads the route's :id (r->param[0]); raises NERR_NO_PAGE unless a number. */
NEOERR *
param_id(struct req *r, long long *id)
{
	const char *p = r->param[0];
	char *end;

	*id = 0;
	if (p != NULL && *p >= '1' && *p <= '9' && strlen(p) <= 9)
		*id = strtoll(p, &end, 10);
	if (*id <= 0 || *end != '\0')
		return nerr_raise(NERR_NO_PAGE, "%s", "bad id");
	return STATUS_OK;
}

/*
 * Loads the row of stmt for the route's :id under prefix; raises
 * NERR_NO_PAGE if there is none.
 */
NEOERR *
record_load(struct req *r, enum stmt stmt, const char *prefix, long long *id)
{
	struct db_arg arg;
	NEOERR *err;
	int n = 0;

	err = param_id(r, id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	arg = DB_ARG_INT(*id);
	err = db_rows_to_hdf(stmt, &arg, 1, r->hdf, "Found", &n);
	if (err == STATUS_OK && n != 1)
		err = nerr_raise(NERR_NO_PAGE, "%s", "no such record");
	if (err == STATUS_OK)
		err = hdf_copy(r->hdf, prefix, hdf_get_obj(r->hdf, "Found.0"));
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "Found");
	return nerr_pass(err);
}
