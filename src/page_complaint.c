/* page_complaint.c: the public complaint form (/pengaduan), its submission, and a complaint's status. */
#include "sibina.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "pages.h"

enum { C_NAMA, C_KONTAK, C_KODE, C_PERIHAL, C_ISI, C_SETUJU, C__MAX };
static const struct field fields[C__MAX] = {
	[C_NAMA] = { "nama", "Nama", FIELD_TEXT, 0, 100, NULL },
	[C_KONTAK] = { "kontak", "Kontak", FIELD_TEXT, 0, 254, NULL },
	[C_KODE] = { "kode_permohonan", "Kode permohonan", FIELD_TEXT, 0, 40,
	    NULL },
	[C_PERIHAL] = { "perihal", "Perihal", FIELD_TEXT, 1, 200, NULL },
	[C_ISI] = { "isi", "Isi pengaduan", FIELD_LINES, 1, 5000, NULL },
	[C_SETUJU] = { "setuju", "Persetujuan pemrosesan data pribadi",
	    FIELD_CHECK, 1, 0, NULL },
};

/* Readies what the form page shows besides the complainant's input. */
static NEOERR *
form_ready(struct req *r, const char *title)
{
	NEOERR *err;

	err = csrf_prepare(r);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", title);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.NoIndex", "1");
	return nerr_pass(err);
}

/* Sets Form.submit_key to a fresh key: one complaint per opened form. */
static NEOERR *
new_submit_key(struct req *r)
{
	unsigned char rnd[32];
	char key[65];

	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(key, sizeof(key), rnd, sizeof(rnd));
	return nerr_pass(hdf_set_value(r->hdf, "Form.submit_key", key));
}

/*
 * Looks up a complaint code a visitor gave, counting misses per address
 * with /lacak's counter (ATTEMPT_TRACK_MISS): after too many, 429
 * (*refused). Complaint.* is the public view of a known code.
 */
static NEOERR *
lookup(struct req *r, const char *typed, int *wellformed, int *found,
    int *refused)
{
	char code[COMPLAINT_CODE_LEN];
	struct db_arg arg;
	NEOERR *err;

	*wellformed = *found = *refused = 0;
	err = throttle_over(r, ATTEMPT_TRACK_MISS, NULL, refused);
	if (err != STATUS_OK || *refused) {
		if (err == STATUS_OK)
			throttle_refuse(r, ATTEMPT_TRACK_MISS);
		return nerr_pass(err);
	}
	*wellformed = complaint_code_parse(typed, code, sizeof(code)) == 0;
	if (*wellformed) {
		arg = DB_ARG_STR(code);
		err = db_rows_to_hdf(STMT_COMPLAINT_BY_CODE, &arg, 1, r->hdf,
		    "Found", found);
		if (err == STATUS_OK && *found)
			err = hdf_copy(r->hdf, "Complaint", hdf_get_obj(r->hdf,
			    "Found.0"));
		if (err == STATUS_OK)
			err = hdf_remove_tree(r->hdf, "Found");
	}
	if (err == STATUS_OK && !*found)
		err = throttle_note(r, ATTEMPT_TRACK_MISS, NULL);
	return nerr_pass(err);
}

/*
 * Answers a lookup of typed: the complaint's status (200), or tpl with
 * Lookup.Error: 400 for a malformed code, 404 for an unknown one.
 */
static NEOERR *
lookup_page(struct req *r, const char *typed, const char *tpl)
{
	enum http_status status = HTTP_OK;
	int wellformed, found, refused;
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Lookup.kode",
	    utf8_valid(typed, strlen(typed)) ? typed : "");
	if (err == STATUS_OK)
		err = lookup(r, typed, &wellformed, &found, &refused);
	if (err != STATUS_OK || refused)
		return nerr_pass(err);
	if (found) {
		err = form_ready(r, "Status Pengaduan");
		if (err == STATUS_OK)
			err = resp_page(r, "complaint_status.cs");
		return nerr_pass(err);
	}
	if (!wellformed) {
		status = HTTP_BAD_REQUEST;
		err = hdf_set_value(r->hdf, "Lookup.Error", "Kode pengaduan "
		    "diawali ADU dan diikuti 10 huruf dan angka, misalnya "
		    "ADU-7KQ4M-2XPAB. Periksa kembali kode Anda.");
	} else {
		status = HTTP_NOT_FOUND;
		err = hdf_set_value(r->hdf, "Lookup.Error", "Pengaduan dengan "
		    "kode ini tidak ditemukan. Periksa kembali kode Anda. Kode "
		    "tidak memakai huruf O dan I maupun angka 0 dan 1.");
	}
	if (err == STATUS_OK && strcmp(tpl, "complaint.cs") == 0)
		err = new_submit_key(r);
	if (err == STATUS_OK)
		err = form_ready(r, strcmp(tpl, "complaint.cs") == 0 ?
		    "Pengaduan" : "Status Pengaduan");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, tpl);
	return nerr_pass(err);
}

/*
 * GET /pengaduan: the complaint form and the lookup form; with ?kode=,
 * the complaint's status (or the page again with the lookup's message).
 */
NEOERR *
page_complaint_form(struct req *r)
{
	const char *typed = hdf_get_value(r->hdf, "Query.kode", NULL);
	unsigned long long version;
	NEOERR *err;

	err = db_ready(&version);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (typed != NULL)
		return nerr_pass(lookup_page(r, typed, "complaint.cs"));
	err = new_submit_key(r);
	if (err == STATUS_OK)
		err = form_ready(r, "Pengaduan");
	if (err == STATUS_OK)
		err = resp_page(r, "complaint.cs");
	return nerr_pass(err);
}

/* GET /pengaduan/KODE: the status of a complaint; 400 or 404 otherwise. */
NEOERR *
page_complaint_status(struct req *r)
{
	unsigned long long version;
	NEOERR *err;

	err = db_ready(&version);
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(lookup_page(r, r->param[0], "complaint_status.cs"));
}

/* Form.kontak: an email address, or a mobile number kept as +628... */
static NEOERR *
check_contact(struct req *r, int *nerrors)
{
	const char *v = hdf_get_value(r->hdf, "Form.kontak", "");
	char phone[32];

	if (*v == '\0' || hdf_get_obj(r->hdf, "Form.Error.kontak") != NULL)
		return STATUS_OK;
	if (strchr(v, '@') != NULL) {
		if (email_valid(v))
			return STATUS_OK;
	} else if (phone_normalize(v, phone, sizeof(phone)) == 0) {
		return nerr_pass(hdf_set_value(r->hdf, "Form.kontak", phone));
	}
	return nerr_pass(form_error(r->hdf, "kontak", "Kontak tidak valid. "
	    "Tulis alamat email (contoh: nama@contoh.co.id) atau nomor HP "
	    "Indonesia (contoh: 0812 3456 7890).", nerrors));
}

/*
 * Form.kode_permohonan: if given, the code of an existing request,
 * normalised as on /lacak; *request_id is its row (0: none given).
 */
static NEOERR *
check_request_code(struct req *r, long long *request_id, int *nerrors)
{
	const char *v = hdf_get_value(r->hdf, "Form.kode_permohonan", "");
	char code[TRACKING_CODE_LEN];
	struct db_arg arg;
	NEOERR *err;
	HDF *rows;
	int n = 0;

	*request_id = 0;
	if (*v == '\0' || hdf_get_obj(r->hdf,
	    "Form.Error.kode_permohonan") != NULL)
		return STATUS_OK;
	if (tracking_code_parse(v, code, sizeof(code)) != 0)
		return nerr_pass(form_error(r->hdf, "kode_permohonan", "Kode "
		    "permohonan terdiri atas 10 huruf dan angka, misalnya "
		    "7KQ4M-2XPAB. Kosongkan jika pengaduan Anda tidak "
		    "berkaitan dengan permohonan.", nerrors));
	err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	arg = DB_ARG_STR(code);
	err = db_rows_to_hdf(STMT_COMPLAINT_REQUEST_ID, &arg, 1, rows, "R", &n);
	if (err == STATUS_OK && n == 1)
		*request_id = hdf_get_int_value(rows, "R.0.id", 0);
	hdf_destroy(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (*request_id == 0)
		return nerr_pass(form_error(r->hdf, "kode_permohonan", "Kode "
		    "permohonan tidak ditemukan. Periksa kembali kode pada "
		    "tanda terima Anda, atau kosongkan isian ini.", nerrors));
	return nerr_pass(hdf_set_value(r->hdf, "Form.kode_permohonan", code));
}

/* Checks what the field table cannot: NUL bytes, the honeypot. */
static NEOERR *
check_rest(struct req *r, int *nerrors)
{
	return nerr_pass(form_check_body(r->hdf, r->nul_field, fields, C__MAX,
	    1, nerrors));
}

/* A field's clean value, or SQL NULL when it was left empty. */
static struct db_arg
optional(HDF *hdf, const char *key)
{
	const char *v = hdf_get_value(hdf, key, "");

	return *v != '\0' ? DB_ARG_STR(v) : DB_ARG_NULL;
}

/* Writes the complaint and its first history row, in the open transaction. */
static NEOERR *
record(struct req *r, long long request_id, const char *code)
{
	unsigned long long id;
	struct db_arg a[7];
	HDF *h = r->hdf;
	NEOERR *err;

	a[0] = DB_ARG_STR(code);
	a[1] = DB_ARG_STR(hdf_get_value(h, "Query.submit_key", ""));
	a[2] = optional(h, "Form.nama");
	a[3] = optional(h, "Form.kontak");
	a[4] = request_id > 0 ? DB_ARG_INT(request_id) : DB_ARG_NULL;
	a[5] = DB_ARG_STR(hdf_get_value(h, "Form.perihal", ""));
	a[6] = DB_ARG_STR(hdf_get_value(h, "Form.isi", ""));
	err = db_exec(STMT_COMPLAINT_INSERT, a, 7, &id);
	if (err == STATUS_OK) {
		a[0] = DB_ARG_INT((long long)id);
		a[1] = DB_ARG_STR("diterima");
		a[2] = DB_ARG_NULL;
		a[3] = DB_ARG_NULL;
		err = db_exec(STMT_COMPLAINT_EVENT_INSERT, a, 4, NULL);
	}
	if (err == STATUS_OK)
		err = throttle_note(r, ATTEMPT_COMPLAINT, NULL);
	return nerr_pass(err);
}

/* The complaint form is sent once: a second time finds the first complaint. */
static const struct form_once once = {
	STMT_COMPLAINT_BY_SUBMIT_KEY, "code", "/pengaduan", ATTEMPT_COMPLAINT
};

/*
 * Records the complaint in one transaction. A taken code is drawn again;
 * a taken submit key means the same form was sent twice at once, and
 * the first complaint is the answer.
 */
static NEOERR *
commit_complaint(struct req *r, long long request_id, char *code,
    size_t len)
{
	const char *key = hdf_get_value(r->hdf, "Query.submit_key", "");
	NEOERR *err = STATUS_OK;
	int attempt;

	for (attempt = 0; attempt < 3; attempt++) {
		complaint_code(code, len);
		err = db_begin();
		if (err == STATUS_OK)
			err = record(r, request_id, code);
		if (err == STATUS_OK)
			err = db_commit();
		if (err == STATUS_OK)
			return STATUS_OK;
		db_rollback();
		if (!nerr_handle(&err, NERR_DUPLICATE))
			break;
		err = form_once_find(&once, key, code, len);
		if (err != STATUS_OK || *code != '\0')
			return nerr_pass(err);
	}
	return err != STATUS_OK ? nerr_pass(err) :
	    nerr_raise(NERR_ASSERT, "%s", "no free complaint code");
}

/*
 * POST /pengaduan: checks every field; with errors the form comes back
 * (422) as typed; else the complaint is recorded and the complainant
 * sent to its status page by 303.
 */
NEOERR *
page_complaint_submit(struct req *r)
{
	unsigned long long version;
	char code[COMPLAINT_CODE_LEN];
	long long request_id = 0;
	const char *key;
	NEOERR *err;
	int nerrors = 0, answered;

	err = db_ready(&version);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = form_once_gate(r, &once, &key, &answered);
	if (err != STATUS_OK || answered)
		return nerr_pass(err);
	err = form_check(r->hdf, fields, C__MAX, &nerrors);
	if (err == STATUS_OK)
		err = check_contact(r, &nerrors);
	if (err == STATUS_OK)
		err = check_request_code(r, &request_id, &nerrors);
	if (err == STATUS_OK)
		err = check_rest(r, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors > 0) {
		err = hdf_set_value(r->hdf, "Form.submit_key", key);
		if (err == STATUS_OK)
			err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = form_ready(r, "Pengaduan");
		if (err == STATUS_OK)
			err = resp_page_status(r, HTTP_UNPROCESSABLE,
			    "complaint.cs");
		return nerr_pass(err);
	}
	err = commit_complaint(r, request_id, code, sizeof(code));
	if (err != STATUS_OK)
		return nerr_pass(err);
	form_once_redirect(r, &once, code);
	return STATUS_OK;
}
