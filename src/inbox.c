/* inbox.c: whose inbox a staff member has, and the count of the cases waiting in it, for the menu of every staff page. */
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
 * A worker keeps the inbox counts and the inboxes' rendered parts for
 * one version of the requests, which a database trigger bumps on every
 * change to a request and sess_load reads with the session: what is kept
 * is never shown once a case moved, and a page without a change costs
 * one statement, the session's.
 */

/*
 * Sets User.inbox_count for the menu of a lane role's pages: the cases
 * waiting in its lane (and unit).
 */
NEOERR *
inbox_count_set(struct req *r)
{
	const struct cached_page *p;
	struct db_arg a[5];
	char key[64], text[24];
	const char *body;
	size_t len;
	NEOERR *err;
	HDF *rows;

	if (r->user.role == ROLE_ADMIN)
		return STATUS_OK;
	inbox_lane_args(r, a);
	snprintf(key, sizeof(key), "count %s %lld %lld", a[0].s, a[1].i,
	    a[3].i);
	p = cache_get(key, r->user.case_version);
	if (p == NULL) {
		err = hdf_init(&rows);
		if (err == STATUS_OK)
			err = db_rows_to_hdf(STMT_INBOX_COUNT, a, 5, rows, "C",
			    NULL);
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
	return nerr_pass(hdf_set_value(r->hdf, "User.inbox_count", text));
}
