/* page_complaints.c: the staff's complaint pages: the list, a complaint, its answer and its closing. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

static const char *const complaint_statuses[] = { "diterima", "dijawab",
    "ditutup", NULL };
static const char *const complaint_status_labels[] = { "Diterima",
    "Dijawab", "Ditutup", NULL };

enum { A_JAWABAN, A__MAX };
static const struct field answer_fields[A__MAX] = {
	[A_JAWABAN] = { "jawaban", "Jawaban", FIELD_LINES, 1, 5000, NULL },
};
enum { T_CATATAN, T__MAX };
static const struct field close_fields[T__MAX] = {
	[T_CATATAN] = { "catatan", "Catatan penutupan", FIELD_LINES, 0, 1000,
	    NULL },
};

/* The page size of the list; one row more is read to know of a next page. */
#define PAGE_ROWS 50

/*
 * GET /admin/pengaduan: the complaints, newest first, with ?status= and
 * the keyset ?setelah= (the last id of the page before).
 */
NEOERR *
page_complaints(struct req *r)
{
	const char *status = hdf_get_value(r->hdf, "Query.status", "");
	const char *after_s = hdf_get_value(r->hdf, "Query.setelah", "");
	struct db_arg a[4];
	long long after = 0;
	char key[64], *end;
	NEOERR *err;
	HDF *last;
	int n = 0;

	if (*label_of(complaint_statuses, complaint_status_labels,
	    status) == '\0')
		status = "";
	if (*after_s >= '1' && *after_s <= '9' && strlen(after_s) <= 18) {
		after = strtoll(after_s, &end, 10);
		if (*end != '\0')
			after = 0;
	}
	a[0] = DB_ARG_STR(status);
	a[1] = DB_ARG_STR(status);
	a[2] = DB_ARG_INT(after);
	a[3] = DB_ARG_INT(after);
	err = hdf_set_value(r->hdf, "Search.status", status);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.status", complaint_statuses,
		    complaint_status_labels);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_COMPLAINT_LIST, a, 4, r->hdf,
		    "Complaints", &n);
	if (err == STATUS_OK && n > PAGE_ROWS) {
		snprintf(key, sizeof(key), "Complaints.%d", PAGE_ROWS);
		err = hdf_remove_tree(r->hdf, key);
		snprintf(key, sizeof(key), "Complaints.%d", PAGE_ROWS - 1);
		last = hdf_get_obj(r->hdf, key);
		if (err == STATUS_OK && last != NULL)
			err = hdf_set_value(r->hdf, "Page.Next",
			    hdf_get_value(last, "id", "0"));
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Page.Rows", n > PAGE_ROWS ?
		    PAGE_ROWS : n);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Pengaduan");
	if (err == STATUS_OK)
		err = resp_page(r, "admin_complaints.cs");
	return nerr_pass(err);
}

/*
 * Loads the complaint of the route's :id (Complaint.*, 404 if none) and
 * its history (Events).
 */
static NEOERR *
complaint_load(struct req *r, long long *id)
{
	struct db_arg arg;
	NEOERR *err;

	err = record_load(r, STMT_COMPLAINT_BY_ID, "Complaint", id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	arg = DB_ARG_INT(*id);
	err = db_rows_to_hdf(STMT_COMPLAINT_EVENTS, &arg, 1, r->hdf, "Events",
	    NULL);
	return nerr_pass(err);
}

/* The complaint's page, with the status given (422 for a wrong form). */
static NEOERR *
complaint_page(struct req *r, enum http_status status)
{
	NEOERR *err = STATUS_OK;

	/* The Administrator has no case pages; the others see every case. */
	if (r->user.role != ROLE_ADMIN &&
	    hdf_get_int_value(r->hdf, "Complaint.request_id", 0) > 0)
		err = hdf_set_value(r->hdf, "Complaint.case_link", "1");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Pengaduan");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_complaint.cs");
	return nerr_pass(err);
}

/* GET /admin/pengaduan/ID: the complaint, its history and its forms. */
NEOERR *
page_complaint_view(struct req *r)
{
	const char *pesan = hdf_get_value(r->hdf, "Query.pesan", "");
	long long id;
	NEOERR *err;

	err = complaint_load(r, &id);
	if (err == STATUS_OK && strcmp(pesan, "dijawab") == 0)
		err = hdf_set_value(r->hdf, "Page.Notice", "Jawaban disimpan.");
	else if (err == STATUS_OK && strcmp(pesan, "ditutup") == 0)
		err = hdf_set_value(r->hdf, "Page.Notice", "Pengaduan ditutup.");
	if (err == STATUS_OK)
		err = complaint_page(r, HTTP_OK);
	return nerr_pass(err);
}

/* 409: someone changed the complaint first; its last history row says who. */
static void
conflict_page(struct req *r, long long id)
{
	struct db_arg arg = DB_ARG_INT(id);
	char msg[512], path[64], key[32];
	const char *who;
	NEOERR *err;
	HDF *rows = NULL, *last;
	int n = 0;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_COMPLAINT_EVENTS, &arg, 1, rows, "E",
		    &n);
	if (err != STATUS_OK) {
		hdf_destroy(&rows);
		resp_fail(r, err);
		return;
	}
	snprintf(key, sizeof(key), "E.%d", n > 0 ? n - 1 : 0);
	last = hdf_get_obj(rows, key);
	who = hdf_get_value(last, "actor_name", "");
	snprintf(msg, sizeof(msg), "Pengaduan ini sudah diubah oleh %s pada %s "
	    "(status sekarang: %s). Muat ulang halaman untuk melihat "
	    "keadaannya sekarang.", *who != '\0' ? who : "petugas lain",
	    hdf_get_value(last, "at_text", "-"),
	    hdf_get_value(last, "action_label", "-"));
	hdf_destroy(&rows);
	snprintf(path, sizeof(path), "/admin/pengaduan/%lld", id);
	err = hdf_set_value(r->hdf, "Error.BackPath", path);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Error.BackText", "pengaduan");
	nerr_ignore(&err);
	resp_error_text(r, HTTP_CONFLICT, NULL, "Sudah diubah", msg);
}

/* A change: the status it needs, its update, its fields. */
struct change {
	const char		*action;	/* complaint_event.action */
	int			 from_received_only; /* 0: any but closed */
	enum stmt		 update;
	const char		*field;		/* Form.<field>: its text */
	const struct field	*fields;
	size_t			 nfields;
	const char		*notice;	/* ?pesan= after it */
};

/*
 * Locks the complaint, checks that it is still at version and may take
 * the change, and writes the change and its history row; *stale is set
 * (and nothing written) when another change came first.
 */
static NEOERR *
change_write(struct req *r, long long id, long long version,
    const struct change *c, int *stale)
{
	struct db_arg a[4];
	const char *status, *text;
	NEOERR *err;
	HDF *rows;

	*stale = 0;
	err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	a[0] = DB_ARG_INT(id);
	err = db_rows_to_hdf(STMT_COMPLAINT_LOCK, a, 1, rows, "L", NULL);
	if (err == STATUS_OK) {
		status = hdf_get_value(rows, "L.0.status", "");
		if (hdf_get_int_value(rows, "L.0.version", 0) != version ||
		    strcmp(status, "ditutup") == 0 ||
		    (c->from_received_only && strcmp(status, "diterima") != 0))
			*stale = 1;
	}
	hdf_destroy(&rows);
	if (err != STATUS_OK || *stale)
		return nerr_pass(err);
	text = hdf_get_valuef(r->hdf, "Form.%s", c->field);
	a[0] = text != NULL && *text != '\0' ? DB_ARG_STR(text) : DB_ARG_NULL;
	a[1] = DB_ARG_INT(r->user.id);
	a[2] = DB_ARG_INT(id);
	err = db_exec(c->update, a, 3, NULL);
	if (err == STATUS_OK) {
		a[0] = DB_ARG_INT(id);
		a[1] = DB_ARG_STR(c->action);
		a[2] = DB_ARG_INT(r->user.id);
		a[3] = text != NULL && *text != '\0' ? DB_ARG_STR(text) :
		    DB_ARG_NULL;
		err = db_exec(STMT_COMPLAINT_EVENT_INSERT, a, 4, NULL);
	}
	return nerr_pass(err);
}

/*
 * POST: a change to the complaint of the route. A form of an older
 * version is a 409; a wrong field the page again (422); else the change
 * and its history row are written in one transaction and 303.
 */
static NEOERR *
complaint_change(struct req *r, const struct change *c)
{
	const char *versi = hdf_get_value(r->hdf, "Query.versi", "");
	long long id, version;
	char path[80], *end;
	NEOERR *err;
	int nerrors = 0, stale;

	err = complaint_load(r, &id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	version = strtoll(versi, &end, 10);
	if (*versi == '\0' || *end != '\0' || version <= 0)
		return nerr_raise(NERR_BAD_REQUEST, "%s", "bad versi");
	if (version != hdf_get_int_value(r->hdf, "Complaint.version", 0)) {
		conflict_page(r, id);
		return STATUS_OK;
	}
	err = form_check(r->hdf, c->fields, c->nfields, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors > 0) {
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, "Form.aksi", c->action);
		if (err == STATUS_OK)
			err = complaint_page(r, HTTP_UNPROCESSABLE);
		return nerr_pass(err);
	}
	err = db_begin();
	if (err == STATUS_OK)
		err = change_write(r, id, version, c, &stale);
	if (err == STATUS_OK && !stale)
		err = db_commit();
	if (err != STATUS_OK || stale)
		db_rollback();
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (stale) {
		conflict_page(r, id);
		return STATUS_OK;
	}
	snprintf(path, sizeof(path), "/admin/pengaduan/%lld?pesan=%s", id,
	    c->notice);
	resp_redirect(r, path);
	return STATUS_OK;
}

/* POST /admin/pengaduan/ID/jawab: the answer to a complaint received. */
NEOERR *
page_complaint_answer(struct req *r)
{
	static const struct change c = { "dijawab", 1, STMT_COMPLAINT_ANSWER,
	    "jawaban", answer_fields, A__MAX, "dijawab" };

	return nerr_pass(complaint_change(r, &c));
}

/* POST /admin/pengaduan/ID/tutup: closes a complaint, with a note or none. */
NEOERR *
page_complaint_close(struct req *r)
{
	static const struct change c = { "ditutup", 0, STMT_COMPLAINT_CLOSE,
	    "catatan", close_fields, T__MAX, "ditutup" };

	return nerr_pass(complaint_change(r, &c));
}
