/* inbox.c: whose inbox a staff member has, and the counts in the menu of every staff page (waiting cases, open complaints), kept per version. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

/*
 * Binds the five arguments that say whose inbox: the lane (the role's
 * code), and the bidang of a Kepala Bidang or the seksi of a Kasi, each
 * twice (0: any).
 */
void
inbox_lane_args(const struct req *r, struct db_arg *a)
{
	a[0] = DB_ARG_STR(role_name(r->user.role));
	a[1] = DB_ARG_INT(r->user.role == ROLE_KEPALA_BIDANG ?
	    r->user.unit_id : 0);
	a[2] = a[1];
	a[3] = DB_ARG_INT(r->user.role == ROLE_KASI ? r->user.unit_id : 0);
	a[4] = a[3];
}

/*
 * A worker keeps the menu's counts and the inboxes' rendered parts for
 * one version of the requests (and complaints), which database triggers
 * bump on every change and sess_load reads with the session: what is
 * kept is never shown once a case moved, and a page without a change
 * costs one statement, the session's.
 */

/*
 * Sets hdf_name to a count for the menu of a staff page: the statement
 * id (with its arguments) counts, and the worker keeps the number under
 * key for one version of the requests and complaints.
 */
NEOERR *
menu_count_set(struct req *r, const char *key, enum stmt id,
    const struct db_arg *a, size_t nargs, const char *hdf_name)
{
	const struct cached_page *p;
	char text[24];
	const char *body;
	size_t len;
	NEOERR *err;
	HDF *rows;

	p = cache_get(key, r->user.case_version);
	if (p == NULL) {
		err = hdf_init(&rows);
		if (err == STATUS_OK)
			err = db_rows_to_hdf(id, a, nargs, rows, "C", NULL);
		if (err == STATUS_OK) {
			snprintf(text, sizeof(text), "%s",
			    hdf_get_value(rows, "C.0.n", "0"));
			err = cache_put(key, r->user.case_version, text,
			    strlen(text), &p);
		}
		hdf_destroy(&rows);
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	body = cached_body(p, &len);
	snprintf(text, sizeof(text), "%.*s", (int)len, body);
	return nerr_pass(hdf_set_value(r->hdf, hdf_name, text));
}

/*
 * Sets User.inbox_count for the menu of a lane role's pages: the cases
 * waiting in its lane (and unit).
 */
NEOERR *
inbox_count_set(struct req *r)
{
	struct db_arg a[5];
	char key[64];

	if (r->user.role == ROLE_ADMIN)
		return STATUS_OK;
	inbox_lane_args(r, a);
	snprintf(key, sizeof(key), "count %s %lld %lld", a[0].s, a[1].i,
	    a[3].i);
	return nerr_pass(menu_count_set(r, key, STMT_INBOX_COUNT, a, 5,
	    "User.inbox_count"));
}
