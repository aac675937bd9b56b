/* page_inbox.c: the lists of cases staff work from: the inbox of their lane, and all the cases they may see. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pages.h"

/*
 * Binds the five arguments that say which cases the user may see: all of
 * them for the lanes of the office's front and leaders, those of their
 * bidang for a Kepala Bidang, of their seksi for a Kasi, none for admin.
 */
void
case_scope(const struct req *r, struct db_arg *a)
{
	int all = r->user.role == ROLE_FRONT_OFFICE ||
	    r->user.role == ROLE_SEKRETARIS ||
	    r->user.role == ROLE_KEPALA_DINAS ||
	    r->user.role == ROLE_BACK_OFFICE;
	long long bidang = r->user.role == ROLE_KEPALA_BIDANG ?
	    r->user.unit_id : 0;
	long long seksi = r->user.role == ROLE_KASI ? r->user.unit_id : 0;

	a[0] = DB_ARG_INT(all);
	a[1] = DB_ARG_INT(bidang);
	a[2] = DB_ARG_INT(bidang);
	a[3] = DB_ARG_INT(seksi);
	a[4] = DB_ARG_INT(seksi);
}

/* Adds status_label (and applicant_type_label) to each row under prefix. */
static NEOERR *
decorate(HDF *hdf, const char *prefix)
{
	NEOERR *err = STATUS_OK;
	HDF *row;

	for (row = hdf_get_child(hdf, prefix); row != NULL && err == STATUS_OK;
	    row = hdf_obj_next(row)) {
		err = hdf_set_value(row, "status_label", label_of(statuses,
		    status_labels, hdf_get_value(row, "status", "")));
		if (err == STATUS_OK && hdf_get_obj(row, "applicant_type"))
			err = hdf_set_value(row, "applicant_type_label",
			    label_of(applicant_types, applicant_type_labels,
			    hdf_get_value(row, "applicant_type", "")));
	}
	return nerr_pass(err);
}

/*
 * Adds to each inbox row under prefix the working time its step has used
 * since its clock started (used_text) and, for a step with a standard,
 * what is left (left_text) or over (over_text) and clock_state: tepat (on
 * time), hampir (80 % of the standard used) or lewat (late); terjadwal
 * while the clock has not started (a coaching before its date).
 */
static NEOERR *
clock_rows(HDF *hdf, const char *prefix)
{
	const struct clock_cal *cal;
	static const char *const states[] = {
		[CLOCK_ON_TIME] = "tepat", [CLOCK_DUE_SOON] = "hampir",
		[CLOCK_LATE] = "lewat",
	};
	time_t now = time(NULL), from, due;
	long long used, standard;
	enum clock_state state;
	char text[64];
	NEOERR *err;
	HDF *row;

	err = calendar_get(&cal);
	for (row = hdf_get_child(hdf, prefix); row != NULL && err == STATUS_OK;
	    row = hdf_obj_next(row)) {
		from = (time_t)strtoll(hdf_get_value(row, "clock_from", "0"),
		    NULL, 10);
		due = (time_t)strtoll(hdf_get_value(row, "due_at", "0"), NULL, 10);
		if (from == 0)
			continue;
		if (from > now) {
			err = hdf_set_value(row, "clock_state", "terjadwal");
			continue;
		}
		used = clock_work(cal, from, now);
		clock_text(used, text, sizeof(text));
		err = hdf_set_value(row, "used_text", text);
		if (err != STATUS_OK || due == 0)
			continue;
		standard = clock_work(cal, from, due);
		state = clock_state(used, standard);
		clock_text(state == CLOCK_LATE ? used - standard :
		    standard - used, text, sizeof(text));
		err = hdf_set_value(row, state == CLOCK_LATE ? "over_text" :
		    "left_text", text);
		if (err == STATUS_OK)
			err = hdf_set_value(row, "clock_state", states[state]);
	}
	return nerr_pass(err);
}

/*
 * Keeps at most 50 of the rows read (51 asked) and, when there were more,
 * sets prefix.next from the last row kept (its key columns).
 */
static NEOERR *
page_cut(HDF *hdf, const char *prefix, int n, const char *key1,
    const char *key2)
{
	char key[64], token[64];
	HDF *last;
	NEOERR *err;

	if (n <= 50)
		return STATUS_OK;
	snprintf(key, sizeof(key), "%s.50", prefix);
	err = hdf_remove_tree(hdf, key);
	snprintf(key, sizeof(key), "%s.49", prefix);
	last = hdf_get_obj(hdf, key);
	if (err != STATUS_OK || last == NULL)
		return nerr_pass(err);
	if (key2 != NULL)
		snprintf(token, sizeof(token), "%s.%s", hdf_get_value(last, key1,
		    "0"), hdf_get_value(last, key2, "0"));
	else
		snprintf(token, sizeof(token), "%s", hdf_get_value(last, key1,
		    "0"));
	snprintf(key, sizeof(key), "%s.next", prefix);
	return nerr_pass(hdf_set_value(hdf, key, token));
}

/*
 * Reads ?setelah=, the last row of the page before: "EPOCH.ID" when b is
 * given, else "ID"; zeros (the first page) when absent or malformed.
 */
static void
keyset(struct req *r, long long *a, long long *b)
{
	const char *s = hdf_get_value(r->hdf, "Query.setelah", "");
	char tail;

	*a = 0;
	if (b != NULL) {
		*b = 0;
		if (sscanf(s, "%lld.%lld%c", a, b, &tail) != 2 || *a < 0 ||
		    *b < 0)
			*a = *b = 0;
	} else if (sscanf(s, "%lld%c", a, &tail) != 1 || *a < 0) {
		*a = 0;
	}
}

/*
 * The late cases of the lanes a role oversees, for its inbox: a Kepala
 * Bidang those of the Kasi of their bidang, the Kepala Dinas those of the
 * Kepala Bidang and the Sekretaris. Loads Late.N (none for other roles).
 */
static NEOERR *
load_late(struct req *r)
{
	struct db_arg a[4];
	NEOERR *err;
	int n = 0;

	if (r->user.role == ROLE_KEPALA_BIDANG) {
		a[0] = a[1] = DB_ARG_STR(role_name(ROLE_KASI));
		a[2] = a[3] = DB_ARG_INT(r->user.unit_id);
	} else if (r->user.role == ROLE_KEPALA_DINAS) {
		a[0] = DB_ARG_STR(role_name(ROLE_KEPALA_BIDANG));
		a[1] = DB_ARG_STR(role_name(ROLE_SEKRETARIS));
		a[2] = a[3] = DB_ARG_INT(0);
	} else {
		return STATUS_OK;
	}
	err = db_rows_to_hdf(STMT_INBOX_LATE, a, 4, r->hdf, "Late", &n);
	if (err == STATUS_OK)
		err = page_cut(r->hdf, "Late", n, "id", NULL);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Oversees", "1");
	if (err == STATUS_OK)
		err = decorate(r->hdf, "Late");
	if (err == STATUS_OK)
		err = clock_rows(r->hdf, "Late");
	return nerr_pass(err);
}

/*
 * Loads the inbox of the user's lane (and unit), oldest first, 50 at a
 * time after ?setelah= (Inbox), and on its first page the late cases of
 * the lanes the user oversees (Late).
 */
static NEOERR *
load_inbox(struct req *r)
{
	struct db_arg a[8];
	long long since, id;
	NEOERR *err;
	int n = 0;

	keyset(r, &since, &id);
	inbox_lane_args(r, a);
	a[5] = DB_ARG_INT(since);
	a[6] = DB_ARG_INT(since);
	a[7] = DB_ARG_INT(id);
	err = db_rows_to_hdf(STMT_INBOX, a, 8, r->hdf, "Inbox", &n);
	if (err == STATUS_OK)
		err = page_cut(r->hdf, "Inbox", n, "since_key", "id");
	if (err == STATUS_OK)
		err = decorate(r->hdf, "Inbox");
	if (err == STATUS_OK)
		err = clock_rows(r->hdf, "Inbox");
	if (err == STATUS_OK && !hdf_get_obj(r->hdf, "Query.setelah"))
		err = load_late(r);
	return nerr_pass(err);
}

/*
 * The inbox part of the staff home (templates/admin_inbox.cs), kept per
 * lane, unit and page for one version of the requests and one minute
 * (each case shows how long it has waited).
 */
static NEOERR *
inbox_part(struct req *r, const struct cached_page **out)
{
	struct db_arg a[5];
	long long since, id;
	char key[128];

	keyset(r, &since, &id);
	inbox_lane_args(r, a);
	snprintf(key, sizeof(key), "inbox %s %lld %lld %lld.%lld %d %lld",
	    a[0].s, a[1].i, a[3].i, since, id,
	    hdf_get_obj(r->hdf, "Query.setelah") != NULL,
	    (long long)(time(NULL) / 60));
	return nerr_pass(resp_kept(r, key, r->user.case_version, load_inbox,
	    "admin_inbox.cs", out));
}

/* GET /admin/: the staff home; for the lanes' roles, their inbox. */
NEOERR *
page_admin_home(struct req *r)
{
	const struct cached_page *part = NULL;
	const char *body = NULL;
	size_t len = 0;
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title", r->user.role == ROLE_ADMIN ?
	    "Beranda Staf" : "Kotak Masuk");
	if (err == STATUS_OK)
		err = page_notice(r);
	if (err == STATUS_OK && r->user.role != ROLE_ADMIN)
		err = inbox_part(r, &part);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (part != NULL)
		body = cached_body(part, &len);
	return nerr_pass(resp_page_part(r, "admin_home.cs", body, len));
}

/*
 * Turns the words of a search into a boolean full-text query: each word
 * required, as a prefix ("+kopi* +bundo*"); characters that are operators
 * of the query language are dropped.
 */
static void
name_query(const char *q, char *out, size_t len)
{
	size_t used = 0;
	int word = 0;

	for (; *q != '\0' && used + 4 < len; q++) {
		if (strchr(" \t+-<>()~*\"@'", *q) != NULL) {
			if (word) {
				out[used++] = '*';
				word = 0;
			}
			if (used > 0 && out[used - 1] != ' ')
				out[used++] = ' ';
			continue;
		}
		if (!word) {
			out[used++] = '+';
			word = 1;
		}
		out[used++] = *q;
	}
	if (word)
		out[used++] = '*';
	out[used] = '\0';
}

/*
 * GET /admin/permohonan: the cases the user may see, newest first, with
 * ?q= (a tracking code, an agenda number, or words of the business name)
 * and ?status=.
 */
NEOERR *
page_cases(struct req *r)
{
	const char *q = hdf_get_value(r->hdf, "Query.q", "");
	const char *status = hdf_get_value(r->hdf, "Query.status", "");
	char code[TRACKING_CODE_LEN], words[256];
	enum stmt stmt = STMT_CASES;
	struct db_arg a[10];
	long long after;
	NEOERR *err;
	int n = 0, nargs = 9;

	if (!utf8_valid(q, strlen(q)) || strlen(q) > 200)
		q = "";
	if (*label_of(statuses, status_labels, status) == '\0')
		status = "";
	keyset(r, &after, NULL);
	case_scope(r, a);
	a[5] = DB_ARG_STR(status);
	a[6] = DB_ARG_STR(status);
	a[7] = DB_ARG_INT(after);
	a[8] = DB_ARG_INT(after);
	if (*q != '\0' && tracking_code_parse(q, code, sizeof(code)) == 0) {
		stmt = STMT_CASES_BY_CODE;
		a[nargs++] = DB_ARG_STR(code);
	} else if (strchr(q, '/') != NULL) {
		stmt = STMT_CASES_BY_AGENDA;
		a[nargs++] = DB_ARG_STR(q);
	} else if (*q != '\0') {
		name_query(q, words, sizeof(words));
		stmt = STMT_CASES_BY_NAME;
		a[nargs++] = DB_ARG_STR(words);
	}
	err = hdf_set_value(r->hdf, "Search.q", q);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Search.status", status);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.status", statuses,
		    status_labels);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(stmt, a, (size_t)nargs, r->hdf, "Cases", &n);
	if (err == STATUS_OK)
		err = page_cut(r->hdf, "Cases", n, "id", NULL);
	if (err == STATUS_OK)
		err = decorate(r->hdf, "Cases");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Semua Permohonan");
	if (err == STATUS_OK)
		err = resp_page(r, "admin_cases.cs");
	return nerr_pass(err);
}
