/* wf.c: the workflow engine: one act on a case, checked, written and audited in one transaction. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

/* Reads a case's row (of STMT_CASE_LOCK or STMT_CASE) into c. */
void
wf_case_read(HDF *row, struct wf_case *c)
{
	memset(c, 0, sizeof(*c));
	c->id = hdf_get_int_value(row, "id", 0);
	c->version = hdf_get_int_value(row, "version", 0);
	c->step_no = hdf_get_int_value(row, "step_no", 0);
	c->waiting = hdf_get_int_value(row, "waiting", 0);
	c->service_id = hdf_get_int_value(row, "service_id", 0);
	c->version_id = hdf_get_int_value(row, "version_id", 0);
	c->bidang_id = hdf_get_int_value(row, "bidang_id", 0);
	c->seksi_id = hdf_get_int_value(row, "seksi_id", 0);
	snprintf(c->action, sizeof(c->action), "%s",
	    hdf_get_value(row, "action", ""));
	snprintf(c->lane, sizeof(c->lane), "%s", hdf_get_value(row, "lane", ""));
	snprintf(c->status, sizeof(c->status), "%s",
	    hdf_get_value(row, "status", ""));
}

/* Reads the locked case into c; *found is 0 if there is no such case. */
static NEOERR *
lock_case(long long id, struct wf_case *c, int *found)
{
	struct db_arg arg = DB_ARG_INT(id);
	HDF *rows;
	NEOERR *err;
	int n = 0;

	memset(c, 0, sizeof(*c));
	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_CASE_LOCK, &arg, 1, rows, "C", &n);
	*found = err == STATUS_OK && n == 1;
	if (*found)
		wf_case_read(hdf_get_obj(rows, "C.0"), c);
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/*
 * Returns 1 if the user may do act on the case now: it waits, at a step
 * of the act's kind, in the user's lane, and for a Kepala Bidang or a
 * Kasi in their own unit.
 */
int
wf_may(const struct req *r, const struct wf_case *c, const struct wf_act *act)
{
	if (!c->waiting || strcmp(c->action, act->step_action) != 0 ||
	    strcmp(c->lane, role_name(r->user.role)) != 0)
		return 0;
	if (r->user.role == ROLE_KEPALA_BIDANG)
		return c->bidang_id != 0 && c->bidang_id == r->user.unit_id;
	if (r->user.role == ROLE_KASI)
		return c->seksi_id != 0 && c->seksi_id == r->user.unit_id;
	return 1;
}

/* Tells the one who came second who acted first: Conflict.*. */
static NEOERR *
set_conflict(struct req *r, long long id)
{
	struct db_arg arg = DB_ARG_INT(id);
	enum role role;
	NEOERR *err;

	err = db_rows_to_hdf(STMT_CASE_LAST_ACTOR, &arg, 1, r->hdf, "Conflict",
	    NULL);
	if (err == STATUS_OK && role_parse(hdf_get_value(r->hdf,
	    "Conflict.0.actor_role", ""), &role) == 0)
		err = hdf_set_value(r->hdf, "Conflict.0.role_label",
		    role_label(role));
	return nerr_pass(err);
}

/*
 * Does act on case id for the logged-in user, who saw the case at
 * version: locks the case, checks that nobody acted since (else
 * WF_CONFLICT, with Conflict.0.* saying who) and that the user may (else
 * WF_DENIED),
 * writes the act's own rows, records the step's working time, moves the
 * case on (or closes it) and starts the next step's clock, and adds the
 * event; all of it commits, or none of it.
 */
NEOERR *
wf_apply(struct req *r, long long id, long long version,
    const struct wf_act *act, enum wf_result *result)
{
	struct db_arg a[8];
	struct wf_case c;
	struct wf_effect fx;
	HDF *rows = NULL;
	NEOERR *err;
	int found, next;

	*result = WF_DENIED;
	memset(&fx, 0, sizeof(fx));
	err = db_begin();
	if (err == STATUS_OK)
		err = lock_case(id, &c, &found);
	if (err != STATUS_OK || !found)
		goto done;
	/* Someone acted since the user saw the case: say who, first. */
	if (c.version != version) {
		*result = WF_CONFLICT;
		err = set_conflict(r, id);
		goto done;
	}
	if (!wf_may(r, &c, act))
		goto done;
	if (act->note_key != NULL)
		fx.note = hdf_get_value(r->hdf, act->note_key, NULL);
	if (act->write != NULL)
		err = act->write(r, &c, &fx);
	if (err != STATUS_OK)
		goto done;
	/* The next step of the table; an act that closes stays where it is. */
	next = c.step_no;
	a[0] = DB_ARG_INT(c.version_id);
	a[1] = DB_ARG_INT(c.step_no);
	if (act->advances) {
		err = hdf_init(&rows);
		if (err == STATUS_OK)
			err = db_rows_to_hdf(STMT_NEXT_STEP, a, 2, rows, "N",
			    NULL);
		if (err == STATUS_OK && hdf_get_int_value(rows, "N.0.no", 0) > 0)
			next = hdf_get_int_value(rows, "N.0.no", 0);
		hdf_destroy(&rows);
	}
	/* The step's working time, then the clock of the next one. */
	if (err == STATUS_OK)
		err = timing_step_end(id, r->user.id);
	a[0] = DB_ARG_INT(next);
	a[1] = DB_ARG_STR(act->status != NULL ? act->status : c.status);
	a[2] = DB_ARG_INT(id);
	a[3] = DB_ARG_INT(version);
	if (err == STATUS_OK)
		err = db_exec(STMT_CASE_ADVANCE, a, 4, NULL);
	if (err == STATUS_OK)
		err = timing_step_begin(id);
	a[0] = DB_ARG_INT(id);
	a[1] = DB_ARG_INT(c.step_no);
	a[2] = DB_ARG_STR(act->aksi);
	a[3] = DB_ARG_STR(role_name(r->user.role));
	a[4] = DB_ARG_INT(r->user.id);
	a[5] = fx.note != NULL && *fx.note != '\0' ? DB_ARG_STR(fx.note) :
	    DB_ARG_NULL;
	a[6] = fx.target_unit > 0 ? DB_ARG_INT(fx.target_unit) : DB_ARG_NULL;
	if (err == STATUS_OK)
		err = db_exec(STMT_ACT_EVENT, a, 7, NULL);
	if (err == STATUS_OK)
		err = db_commit();
	if (err == STATUS_OK) {
		*result = WF_DONE;
		return STATUS_OK;
	}
done:
	db_rollback();
	return nerr_pass(err);
}

/*
 * Timeline.N: the SOP steps of a case (no, activity, lane_name, time_text)
 * each marked selesai (with at_text, when it was first done, and for a
 * timed step work_text, the working time it took, and late when it took
 * longer than its standard), berjalan (the step it waits at) or menunggu.
 */
NEOERR *
request_timeline(HDF *hdf, long long id, long long version_id, int step_no,
    const char *status)
{
	struct db_arg arg = DB_ARG_INT(id);
	int done = strcmp(status, "selesai") == 0;
	int waiting = strcmp(status, "selesai") != 0 &&
	    strcmp(status, "dikembalikan") != 0;
	const char *state;
	char work[64];
	HDF *step, *t;
	NEOERR *err;
	int no;

	err = db_rows_to_hdf(STMT_REQUEST_STEP_TIMES, &arg, 1, hdf, "Times",
	    NULL);
	arg = DB_ARG_INT(version_id);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SERVICE_STEPS, &arg, 1, hdf, "Timeline",
		    NULL);
	for (step = hdf_get_child(hdf, "Timeline"); step != NULL &&
	    err == STATUS_OK; step = hdf_obj_next(step)) {
		no = hdf_get_int_value(step, "no", 0);
		state = done || no < step_no ? "selesai" :
		    no == step_no && waiting ? "berjalan" : "menunggu";
		err = hdf_set_value(step, "state", state);
		for (t = hdf_get_child(hdf, "Times"); t != NULL &&
		    err == STATUS_OK; t = hdf_obj_next(t)) {
			if (hdf_get_int_value(t, "step_no", -1) != no)
				continue;
			err = hdf_set_value(step, "at_text",
			    hdf_get_value(t, "at_text", ""));
			if (err == STATUS_OK && no > 1 &&
			    hdf_get_int_value(t, "work_seconds", -1) >= 0) {
				clock_text(hdf_get_int_value(t, "work_seconds", 0),
				    work, sizeof(work));
				err = hdf_set_value(step, "work_text", work);
			}
			if (err == STATUS_OK &&
			    hdf_get_int_value(t, "on_time", 1) == 0)
				err = hdf_set_value(step, "late", "1");
		}
	}
	if (err == STATUS_OK)
		err = hdf_remove_tree(hdf, "Times");
	return nerr_pass(err);
}
