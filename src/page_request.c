/* page_request.c: what the public sees of a request: confirmation, receipt, tracking (/lacak). */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

#include "pages.h"

/* What each status means for the applicant (domain.c has the labels). */
static const char *const status_texts[] = {
	"Permohonan Anda sudah kami terima dan menunggu diperiksa oleh "
	    "Front Office.",
	"Permohonan Anda sedang diproses oleh petugas kami sesuai prosedur.",
	"Permohonan Anda dikembalikan untuk dilengkapi. Baca alasannya di "
	    "bawah ini, lalu hubungi kantor kami atau ajukan permohonan baru.",
	"Pembinaan untuk usaha Anda sudah dijadwalkan. Petugas kami akan "
	    "menghubungi Anda.",
	"Pembinaan sudah dilaksanakan dan laporannya sudah dibuat.",
	NULL,
};

static NEOERR *
set_status(HDF *hdf)
{
	const char *status = hdf_get_value(hdf, "Request.status", "");
	NEOERR *err;

	if (*label_of(statuses, status_labels, status) == '\0')
		return nerr_raise(NERR_ASSERT, "unknown status %s", status);
	err = hdf_set_value(hdf, "Request.status_label",
	    label_of(statuses, status_labels, status));
	if (err == STATUS_OK)
		err = hdf_set_value(hdf, "Request.status_text",
		    label_of(statuses, status_texts, status));
	if (err == STATUS_OK)
		err = hdf_set_value(hdf, "Request.applicant_type_label",
		    label_of(applicant_types, applicant_type_labels,
		    hdf_get_value(hdf, "Request.applicant_type", "")));
	return nerr_pass(err);
}

/* Service.waktu: the standard's total time ("1 Hari kerja"). */
static NEOERR *
set_service_time(HDF *hdf, long long version_id)
{
	struct db_arg arg = DB_ARG_INT(version_id);
	HDF *item;
	NEOERR *err;

	err = db_rows_to_hdf(STMT_SERVICE_ITEMS, &arg, 1, hdf, "Items", NULL);
	for (item = hdf_get_child(hdf, "Items"); item != NULL &&
	    err == STATUS_OK; item = hdf_obj_next(item))
		if (strcmp(hdf_get_value(item, "code", ""), "waktu") == 0) {
			err = hdf_set_value(hdf, "Service.waktu",
			    hdf_get_value(item, "text", ""));
			break;
		}
	if (err == STATUS_OK)
		err = hdf_remove_tree(hdf, "Items");
	return nerr_pass(err);
}

/*
 * Loads the public view of the request with a (canonical) code: Request,
 * Service, Files, Timeline. *found is 0 if there is no such request.
 */
static NEOERR *
request_load(struct req *r, const char *code, int *found)
{
	struct db_arg arg = DB_ARG_STR(code);
	long long id, version_id;
	HDF *h = r->hdf;
	NEOERR *err;

	err = db_rows_to_hdf(STMT_REQUEST_BY_CODE, &arg, 1, h, "Found", found);
	if (err != STATUS_OK || *found == 0)
		return nerr_pass(err);
	err = hdf_copy(h, "Request", hdf_get_obj(h, "Found.0"));
	if (err == STATUS_OK)
		err = hdf_remove_tree(h, "Found");
	if (err != STATUS_OK)
		return nerr_pass(err);
	id = hdf_get_int_value(h, "Request.id", 0);
	version_id = hdf_get_int_value(h, "Request.version_id", 0);
	err = hdf_set_value(h, "Service.slug",
	    hdf_get_value(h, "Request.service_slug", ""));
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Service.name",
		    hdf_get_value(h, "Request.service_name", ""));
	if (err == STATUS_OK)
		err = set_status(h);
	if (err == STATUS_OK)
		err = set_service_time(h, version_id);
	arg = DB_ARG_INT(id);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_REQUEST_FILES, &arg, 1, h, "Files",
		    NULL);
	if (err == STATUS_OK)
		err = request_timeline(h, id, version_id, hdf_get_int_value(h,
		    "Request.step_no", 0), hdf_get_value(h, "Request.status", ""));
	/* The internal ids are nobody's business outside. */
	if (err == STATUS_OK)
		err = hdf_remove_tree(h, "Request.id");
	return nerr_pass(err);
}

/*
 * Looks up the code a visitor gave, counting misses per address: after
 * too many, the answer is 429 (*refused) and nothing is looked up. *found
 * tells whether the code was well-formed and known.
 */
static NEOERR *
lookup(struct req *r, const char *typed, int *wellformed, int *found,
    int *refused)
{
	char code[TRACKING_CODE_LEN];
	unsigned long long version;
	NEOERR *err;

	*wellformed = *found = *refused = 0;
	err = db_ready(&version);
	if (err == STATUS_OK)
		err = throttle_over(r, ATTEMPT_TRACK_MISS, NULL, refused);
	if (err != STATUS_OK || *refused) {
		if (err == STATUS_OK)
			throttle_refuse(r, ATTEMPT_TRACK_MISS);
		return nerr_pass(err);
	}
	*wellformed = tracking_code_parse(typed, code, sizeof(code)) == 0;
	if (*wellformed)
		err = request_load(r, code, found);
	if (err == STATUS_OK && !*found)
		err = throttle_note(r, ATTEMPT_TRACK_MISS, NULL);
	return nerr_pass(err);
}

/* The confirmation page and the receipt: the code comes in the path. */
static NEOERR *
request_page(struct req *r, const char *title, const char *tpl)
{
	int wellformed, found, refused;
	NEOERR *err;

	err = lookup(r, r->param[0], &wellformed, &found, &refused);
	if (err != STATUS_OK || refused)
		return nerr_pass(err);
	if (!found)
		return nerr_raise(NERR_NO_PAGE, "%s", "no such request");
	err = hdf_set_value(r->hdf, "Page.Title", title);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.NoIndex", "1");
	if (err == STATUS_OK)
		err = resp_page(r, tpl);
	return nerr_pass(err);
}

NEOERR *
page_request_done(struct req *r)
{
	return nerr_pass(request_page(r, "Permohonan Terkirim",
	    "apply_done.cs"));
}

NEOERR *
page_request_receipt(struct req *r)
{
	return nerr_pass(request_page(r, "Tanda Terima Permohonan",
	    "receipt.cs"));
}

/*
 * /lacak: the form, and with ?kode= the request's status and timeline.
 * A malformed code is a 400 and an unknown one a 404, both with the form
 * and a message.
 */
NEOERR *
page_track(struct req *r)
{
	const char *typed = hdf_get_value(r->hdf, "Query.kode", NULL);
	enum http_status status = HTTP_OK;
	int wellformed, found, refused;
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title", "Lacak Permohonan");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.NoIndex", "1");
	if (err != STATUS_OK || typed == NULL)
		return err != STATUS_OK ? nerr_pass(err) :
		    nerr_pass(resp_page(r, "track.cs"));
	err = hdf_set_value(r->hdf, "Track.kode",
	    utf8_valid(typed, strlen(typed)) ? typed : "");
	if (err == STATUS_OK)
		err = lookup(r, typed, &wellformed, &found, &refused);
	if (err != STATUS_OK || refused)
		return nerr_pass(err);
	if (!wellformed) {
		status = HTTP_BAD_REQUEST;
		err = hdf_set_value(r->hdf, "Track.Error", "Kode pelacakan "
		    "terdiri atas 10 huruf dan angka, misalnya 7KQ4M-2XPAB. "
		    "Periksa kembali kode pada tanda terima Anda.");
	} else if (!found) {
		status = HTTP_NOT_FOUND;
		err = hdf_set_value(r->hdf, "Track.Error", "Permohonan dengan "
		    "kode ini tidak ditemukan. Periksa kembali kode pada tanda "
		    "terima Anda. Kode tidak memakai huruf O dan I maupun "
		    "angka 0 dan 1.");
	}
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "track.cs");
	return nerr_pass(err);
}
