/* page_act.c: the acts of the SOP steps on a case: their fields, checks and writes, and the POST that does one. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/* The most officers a Surat Tugas names, and follow-up actions a report has. */
#define OFFICERS_MAX 10
#define FOLLOW_UPS 5
#define PHOTOS 3
#define PHOTO_MAX_BYTES (5 * 1024 * 1024)

static const char *const photo_types[] = { "image/jpeg", "image/png",
    NULL };

/* The fields of each act (checked by form_check; more checks in check_*). */
static const struct field agenda_fields[] = {
	{ "tanggal_terima", "Tanggal terima", FIELD_DATE, 1, 10, NULL },
	{ "nomor_surat", "Nomor surat pemohon", FIELD_TEXT, 1, 100, NULL },
	{ "tanggal_surat", "Tanggal surat", FIELD_DATE, 1, 10, NULL },
	{ "sifat", "Sifat", FIELD_CHOICE, 1, 0, sifats },
	{ "perihal", "Perihal", FIELD_TEXT, 1, 200, NULL },
};
static const struct field return_fields[] = {
	{ "alasan", "Alasan pengembalian", FIELD_LINES, 1, 1000, NULL },
};
static const struct field advice_fields[] = {
	{ "saran", "Saran kepada Kepala Dinas", FIELD_LINES, 1, 2000, NULL },
};
static const struct field disposition_fields[] = {
	{ "disposisi", "Disposisi", FIELD_LINES, 1, 2000, NULL },
};
static const struct field forward_fields[] = {
	{ "catatan", "Catatan", FIELD_LINES, 0, 1000, NULL },
};
static const struct field surat_fields[] = {
	{ "dasar", "Dasar", FIELD_LINES, 1, 2000, NULL },
	{ "tanggal_mulai", "Tanggal mulai", FIELD_DATE, 1, 10, NULL },
	{ "tanggal_selesai", "Tanggal selesai", FIELD_DATE, 1, 10, NULL },
	{ "tempat", "Tempat", FIELD_TEXT, 1, 200, NULL },
	{ "untuk", "Untuk", FIELD_LINES, 1, 2000, NULL },
};
static const struct field coaching_fields[] = {
	{ "tanggal_pelaksanaan", "Tanggal pelaksanaan", FIELD_DATE, 1, 10,
	    NULL },
	{ "hadir", "Yang hadir", FIELD_LINES, 1, 1000, NULL },
	{ "catatan", "Catatan pembinaan", FIELD_LINES, 1, 4000, NULL },
};
static const struct field report_fields[] = {
	{ "hasil", "Hasil pembinaan", FIELD_LINES, 1, 4000, NULL },
	{ "saran", "Saran yang diberikan", FIELD_LINES, 1, 4000, NULL },
};

/*
 * Finds in the rows under prefix the one whose column col equals the
 * chosen value; returns its id (the value) or 0.
 */
static long long
chosen_row(HDF *hdf, const char *prefix, const char *col, const char *value)
{
	HDF *row;

	for (row = hdf_get_child(hdf, prefix); row != NULL && *value != '\0';
	    row = hdf_obj_next(row))
		if (strcmp(hdf_get_value(row, col, ""), value) == 0)
			return strtoll(value, NULL, 10);
	return 0;
}

/* Choices.bidang and Choices.seksi (the active seksi of bidang). */
static NEOERR *
unit_choices(struct req *r, long long bidang)
{
	char key[64];
	NEOERR *err;
	HDF *u;
	int nb = 0, ns = 0;

	err = db_rows_to_hdf(STMT_UNIT_LIST, NULL, 0, r->hdf, "Units", NULL);
	for (u = hdf_get_child(r->hdf, "Units"); u != NULL && err == STATUS_OK;
	    u = hdf_obj_next(u)) {
		int is_bidang = strcmp(hdf_get_value(u, "kind", ""), "bidang") == 0;
		int n;

		if (hdf_get_int_value(u, "active", 0) == 0 || (!is_bidang &&
		    hdf_get_int_value(u, "parent_id", 0) != bidang))
			continue;
		n = is_bidang ? nb++ : ns++;
		snprintf(key, sizeof(key), "Choices.%s.%d.value", is_bidang ?
		    "bidang" : "seksi", n);
		err = hdf_set_value(r->hdf, key, hdf_get_value(u, "id", ""));
		snprintf(key, sizeof(key), "Choices.%s.%d.label", is_bidang ?
		    "bidang" : "seksi", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, hdf_get_value(u, "name",
			    ""));
	}
	return nerr_pass(err);
}

/* Choices.petugas (staff with a NIP) and Choices.penandatangan. */
static NEOERR *
staff_choices(struct req *r)
{
	char key[64], label[400];
	enum role role;
	NEOERR *err;
	HDF *s;
	int n = 0;

	err = db_rows_to_hdf(STMT_OFFICERS, NULL, 0, r->hdf, "Officers", NULL);
	for (s = hdf_get_child(r->hdf, "Officers"); s != NULL &&
	    err == STATUS_OK; s = hdf_obj_next(s), n++) {
		snprintf(label, sizeof(label), "%s — NIP %s%s%s",
		    hdf_get_value(s, "name", ""), hdf_get_value(s, "nip", ""),
		    *hdf_get_value(s, "position", "") != '\0' ? " — " : "",
		    hdf_get_value(s, "position", ""));
		snprintf(key, sizeof(key), "Choices.petugas.%d.value", n);
		err = hdf_set_value(r->hdf, key, hdf_get_value(s, "id", ""));
		snprintf(key, sizeof(key), "Choices.petugas.%d.label", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, label);
	}
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SIGNERS, NULL, 0, r->hdf, "Signers",
		    NULL);
	n = 0;
	for (s = hdf_get_child(r->hdf, "Signers"); s != NULL &&
	    err == STATUS_OK; s = hdf_obj_next(s), n++) {
		role = ROLE_KEPALA_DINAS;
		role_parse(hdf_get_value(s, "role", ""), &role);
		snprintf(label, sizeof(label), "%s — %s",
		    hdf_get_value(s, "name", ""), *hdf_get_value(s, "position",
		    "") != '\0' ? hdf_get_value(s, "position", "") :
		    role_label(role));
		snprintf(key, sizeof(key), "Choices.penandatangan.%d.value", n);
		err = hdf_set_value(r->hdf, key, hdf_get_value(s, "id", ""));
		snprintf(key, sizeof(key), "Choices.penandatangan.%d.label", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, label);
	}
	return nerr_pass(err);
}

/* The note of an act's event, kept in the request's HDF (Act.note). */
static NEOERR *
set_note(struct req *r, struct wf_effect *fx, const char *prefix,
    const char *number)
{
	char note[200];
	NEOERR *err;

	snprintf(note, sizeof(note), "%s %s.", prefix, number);
	err = hdf_set_value(r->hdf, "Act.note", note);
	fx->note = hdf_get_value(r->hdf, "Act.note", "");
	return nerr_pass(err);
}

static NEOERR *
write_agenda(struct req *r, const struct wf_case *c, struct wf_effect *fx)
{
	char number[128];
	struct db_arg a[7];
	HDF *h = r->hdf;
	NEOERR *err;

	err = number_next("agenda", "Numbers.Agenda", "{nomor}/AGD/{tahun}",
	    number, sizeof(number));
	if (err != STATUS_OK)
		return nerr_pass(err);
	a[0] = DB_ARG_STR(number);
	a[1] = DB_ARG_STR(hdf_get_value(h, "Form.tanggal_terima", ""));
	a[2] = DB_ARG_STR(hdf_get_value(h, "Form.nomor_surat", ""));
	a[3] = DB_ARG_STR(hdf_get_value(h, "Form.tanggal_surat", ""));
	a[4] = DB_ARG_STR(hdf_get_value(h, "Form.sifat", ""));
	a[5] = DB_ARG_STR(hdf_get_value(h, "Form.perihal", ""));
	a[6] = DB_ARG_INT(c->id);
	err = set_note(r, fx, "Diagendakan dengan nomor", number);
	if (err == STATUS_OK)
		err = db_exec(STMT_CASE_AGENDA, a, 7, NULL);
	return nerr_pass(err);
}

static NEOERR *
write_return(struct req *r, const struct wf_case *c, struct wf_effect *fx)
{
	struct db_arg a[2];

	(void)fx;
	a[0] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.alasan", ""));
	a[1] = DB_ARG_INT(c->id);
	return nerr_pass(db_exec(STMT_CASE_RETURN, a, 2, NULL));
}

/* Checks Query.<name> against the unit choices of kind; sets Form.<name>. */
static NEOERR *
check_unit(struct req *r, const char *name, const char *kind,
    const char *msg, int *nerrors)
{
	char key[64], choices[64];
	const char *v;
	NEOERR *err;

	snprintf(key, sizeof(key), "Query.%s", name);
	v = hdf_get_value(r->hdf, key, "");
	snprintf(key, sizeof(key), "Form.%s", name);
	err = hdf_set_value(r->hdf, key, utf8_valid(v, strlen(v)) ? v : "");
	snprintf(choices, sizeof(choices), "Choices.%s", kind);
	if (err == STATUS_OK && chosen_row(r->hdf, choices, "value", v) == 0)
		err = form_error(r->hdf, name, msg, nerrors);
	return nerr_pass(err);
}

static NEOERR *
check_disposition(struct req *r, const struct wf_case *c, int *nerrors)
{
	(void)c;
	return nerr_pass(check_unit(r, "bidang", "bidang", "Bidang tujuan "
	    "wajib dipilih dari daftar bidang.", nerrors));
}

/*
 * Sends the case to the unit chosen in field: stmt keeps it on the case,
 * the event names it as its target.
 */
static NEOERR *
send_to_unit(struct req *r, const struct wf_case *c, struct wf_effect *fx,
    const char *field, enum stmt stmt)
{
	struct db_arg a[2];

	fx->target_unit = hdf_get_int_value(r->hdf, field, 0);
	a[0] = DB_ARG_INT(fx->target_unit);
	a[1] = DB_ARG_INT(c->id);
	return nerr_pass(db_exec(stmt, a, 2, NULL));
}

static NEOERR *
write_disposition(struct req *r, const struct wf_case *c,
    struct wf_effect *fx)
{
	return nerr_pass(send_to_unit(r, c, fx, "Form.bidang",
	    STMT_CASE_BIDANG));
}

static NEOERR *
write_forward(struct req *r, const struct wf_case *c, struct wf_effect *fx)
{
	(void)r;
	fx->target_unit = c->bidang_id;
	return STATUS_OK;
}

static NEOERR *
check_assign(struct req *r, const struct wf_case *c, int *nerrors)
{
	(void)c;
	return nerr_pass(check_unit(r, "seksi", "seksi", "Seksi tujuan wajib "
	    "dipilih dari seksi pada bidang ini.", nerrors));
}

static NEOERR *
write_assign(struct req *r, const struct wf_case *c, struct wf_effect *fx)
{
	return nerr_pass(send_to_unit(r, c, fx, "Form.seksi", STMT_CASE_SEKSI));
}

/*
 * The officers ticked (Query.petugas, one or several): each must be in
 * Choices.petugas; Form.petugas.<id> = 1 for each, Form.petugas_ids the
 * ids in order.
 */
static NEOERR *
check_officers(struct req *r, int *nerrors)
{
	HDF *q = hdf_get_obj(r->hdf, "Query.petugas"), *v;
	char key[64];
	const char *msg = NULL;
	NEOERR *err = STATUS_OK;
	int n = 0;

	v = q != NULL && hdf_obj_child(q) != NULL ? hdf_obj_child(q) : q;
	for (; v != NULL && err == STATUS_OK && msg == NULL;
	    v = v == q ? NULL : hdf_obj_next(v)) {
		const char *id = hdf_obj_value(v) != NULL ? hdf_obj_value(v) : "";

		if (*id == '\0')
			continue;
		if (chosen_row(r->hdf, "Choices.petugas", "value", id) == 0) {
			msg = "Petugas harus dipilih dari daftar pegawai yang "
			    "memiliki NIP.";
			break;
		}
		snprintf(key, sizeof(key), "Form.petugas.%s", id);
		err = hdf_set_value(r->hdf, key, "1");
		snprintf(key, sizeof(key), "Form.petugas_ids.%d", n++);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, id);
	}
	if (err == STATUS_OK && msg == NULL && n == 0)
		msg = "Petugas yang ditugaskan wajib dipilih, sekurang-kurangnya "
		    "satu.";
	if (err == STATUS_OK && msg == NULL && n > OFFICERS_MAX)
		msg = "Petugas yang ditugaskan paling banyak 10 orang.";
	if (err == STATUS_OK && msg != NULL)
		err = form_error(r->hdf, "petugas", msg, nerrors);
	return nerr_pass(err);
}

static NEOERR *
check_surat_tugas(struct req *r, const struct wf_case *c, int *nerrors)
{
	const char *from, *to;
	NEOERR *err;

	(void)c;
	err = check_officers(r, nerrors);
	if (err == STATUS_OK)
		err = check_unit(r, "penandatangan", "penandatangan",
		    "Penandatangan wajib dipilih: Kepala Dinas atau Kepala "
		    "Bidang.", nerrors);
	from = hdf_get_value(r->hdf, "Form.tanggal_mulai", "");
	to = hdf_get_value(r->hdf, "Form.tanggal_selesai", "");
	if (err == STATUS_OK && date_valid(from) && date_valid(to) &&
	    strcmp(from, to) > 0)
		err = form_error(r->hdf, "tanggal_selesai", "Tanggal selesai tidak boleh "
		    "sebelum tanggal mulai.", nerrors);
	return nerr_pass(err);
}

static NEOERR *
write_surat_tugas(struct req *r, const struct wf_case *c,
    struct wf_effect *fx)
{
	unsigned long long st_id;
	char number[128];
	struct db_arg a[9];
	HDF *h = r->hdf, *o;
	NEOERR *err;
	int pos = 0;

	err = number_next("surat_tugas", "Numbers.SuratTugas",
	    "800/{nomor}/ST/{bulan_romawi}/{tahun}", number, sizeof(number));
	a[0] = DB_ARG_INT(c->id);
	a[1] = DB_ARG_STR(number);
	a[2] = DB_ARG_STR(hdf_get_value(h, "Form.dasar", ""));
	a[3] = DB_ARG_STR(hdf_get_value(h, "Form.untuk", ""));
	a[4] = DB_ARG_STR(hdf_get_value(h, "Form.tempat", ""));
	a[5] = DB_ARG_STR(hdf_get_value(h, "Form.tanggal_mulai", ""));
	a[6] = DB_ARG_STR(hdf_get_value(h, "Form.tanggal_selesai", ""));
	a[7] = DB_ARG_INT(hdf_get_int_value(h, "Form.penandatangan", 0));
	a[8] = DB_ARG_INT(r->user.id);
	if (err == STATUS_OK)
		err = db_exec(STMT_SURAT_TUGAS_INSERT, a, 9, &st_id);
	for (o = hdf_get_child(h, "Form.petugas_ids"); o != NULL &&
	    err == STATUS_OK; o = hdf_obj_next(o)) {
		a[0] = DB_ARG_INT((long long)st_id);
		a[1] = DB_ARG_INT(++pos);
		a[2] = DB_ARG_INT(strtoll(hdf_obj_value(o), NULL, 10));
		err = db_exec(STMT_OFFICER_INSERT, a, 3, NULL);
	}
	if (err == STATUS_OK)
		err = set_note(r, fx, "Surat Tugas nomor", number);
	return nerr_pass(err);
}

/*
 * The photos of a coaching are stored before the act's transaction; what
 * was stored is kept in the request's HDF (Photos.N.*) for the act's
 * writes, or for removing them if the act does not happen.
 */
static void
photos_remove(struct req *r)
{
	NEOERR *err;
	HDF *p;

	for (p = hdf_get_child(r->hdf, "Photos"); p != NULL;
	    p = hdf_obj_next(p)) {
		err = upload_remove(hdf_get_value(p, "name", ""));
		if (err != STATUS_OK) {
			log_neoerr("upload", err);
			nerr_ignore(&err);
		}
	}
	err = hdf_remove_tree(r->hdf, "Photos");
	nerr_ignore(&err);
}

/* Keeps a stored photo in Photos.N. */
static NEOERR *
photo_keep(struct req *r, int n, const struct stored_file *sf,
    const char *original)
{
	char key[64];
	NEOERR *err;

	snprintf(key, sizeof(key), "Photos.%d.name", n);
	err = hdf_set_value(r->hdf, key, sf->name);
	snprintf(key, sizeof(key), "Photos.%d.sha256", n);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, key, sf->sha256);
	snprintf(key, sizeof(key), "Photos.%d.mime", n);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, key, sf->mime);
	snprintf(key, sizeof(key), "Photos.%d.size", n);
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, key, (int)sf->size);
	snprintf(key, sizeof(key), "Photos.%d.original", n);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, key, utf8_valid(original,
		    strlen(original)) && text_clean(original, 0) ? original :
		    "foto");
	return nerr_pass(err);
}

static NEOERR *
check_coaching(struct req *r, const struct wf_case *c, int *nerrors)
{
	enum upload_verdict verdict;
	char name[16], key[64], msg[128];
	struct stored_file sf;
	const char *original;
	NEOERR *err = STATUS_OK;
	FILE *fp;
	int i;

	(void)c;
	for (i = 0; i < PHOTOS && err == STATUS_OK; i++) {
		snprintf(name, sizeof(name), "foto_%d", i + 1);
		snprintf(key, sizeof(key), "Query.%s", name);
		original = hdf_get_value(r->hdf, key, "");
		fp = cgi_filehandle(r->cgi, name);
		if (fp == NULL || *original == '\0')
			continue;
		snprintf(key, sizeof(key), "Query.%s.FileName", name);
		err = upload_store(fp, hdf_get_value(r->hdf, key, ""),
		    PHOTO_MAX_BYTES, photo_types, &sf, &verdict);
		if (err == STATUS_OK && verdict == UPLOAD_OK)
			err = photo_keep(r, i, &sf, original);
		if (err != STATUS_OK || verdict == UPLOAD_OK)
			continue;
		snprintf(msg, sizeof(msg), "Foto %d %s", i + 1, verdict ==
		    UPLOAD_TOO_BIG ? "lebih besar dari 5 MB." : verdict ==
		    UPLOAD_EMPTY ? "kosong." : "harus berupa JPEG atau PNG.");
		err = form_error(r->hdf, name, msg, nerrors);
	}
	if (err == STATUS_OK && *nerrors > 0 && (hdf_get_obj(r->hdf, "Photos") ||
	    hdf_get_obj(r->hdf, "Form.Error.foto_1") ||
	    hdf_get_obj(r->hdf, "Form.Error.foto_2") ||
	    hdf_get_obj(r->hdf, "Form.Error.foto_3")))
		err = hdf_set_value(r->hdf, "Form.FilesLost", "1");
	if (err != STATUS_OK || *nerrors > 0)
		photos_remove(r);
	return nerr_pass(err);
}

static NEOERR *
write_coaching(struct req *r, const struct wf_case *c, struct wf_effect *fx)
{
	struct db_arg a[7];
	HDF *h = r->hdf, *p;
	NEOERR *err;

	a[0] = DB_ARG_INT(c->id);
	a[1] = DB_ARG_STR(hdf_get_value(h, "Form.tanggal_pelaksanaan", ""));
	a[2] = DB_ARG_STR(hdf_get_value(h, "Form.hadir", ""));
	a[3] = DB_ARG_STR(hdf_get_value(h, "Form.catatan", ""));
	a[4] = DB_ARG_INT(r->user.id);
	err = db_exec(STMT_COACHING_INSERT, a, 5, NULL);
	for (p = hdf_get_child(h, "Photos"); p != NULL && err == STATUS_OK;
	    p = hdf_obj_next(p)) {
		a[0] = DB_ARG_INT(c->id);
		a[1] = DB_ARG_STR("foto_pembinaan");
		a[2] = DB_ARG_STR(hdf_get_value(p, "name", ""));
		a[3] = DB_ARG_STR(hdf_get_value(p, "sha256", ""));
		a[4] = DB_ARG_STR(hdf_get_value(p, "mime", ""));
		a[5] = DB_ARG_INT(hdf_get_int_value(p, "size", 0));
		a[6] = DB_ARG_STR(hdf_get_value(p, "original", ""));
		err = db_exec(STMT_ATTACHMENT_INSERT, a, 7, NULL);
	}
	fx->note = "Pembinaan telah dilaksanakan.";
	return nerr_pass(err);
}

static NEOERR *
check_report(struct req *r, const struct wf_case *c, int *nerrors)
{
	char key[64], date_key[64];
	const char *text, *date;
	NEOERR *err = STATUS_OK;
	int i, n, pairs = 0;

	(void)c;
	for (i = 1; i <= FOLLOW_UPS && err == STATUS_OK; i++) {
		struct field f[2] = {
			{ NULL, "Rencana tindak lanjut", FIELD_LINES, 0, 1000,
			    NULL },
			{ NULL, "Tanggal target", FIELD_DATE, 0, 10, NULL },
		};

		snprintf(key, sizeof(key), "tindak_lanjut_%d", i);
		snprintf(date_key, sizeof(date_key), "tanggal_%d", i);
		f[0].name = key;
		f[1].name = date_key;
		n = 0;
		err = form_check(r->hdf, f, 2, &n);
		*nerrors += n;
		snprintf(key, sizeof(key), "Form.tindak_lanjut_%d", i);
		text = hdf_get_value(r->hdf, key, "");
		snprintf(key, sizeof(key), "Form.tanggal_%d", i);
		date = hdf_get_value(r->hdf, key, "");
		if (err == STATUS_OK && n == 0 && (*text != '\0') !=
		    (*date != '\0')) {
			snprintf(key, sizeof(key), *text != '\0' ? "tanggal_%d" :
			    "tindak_lanjut_%d", i);
			err = form_error(r->hdf, key, *text != '\0' ? "Tanggal target "
			    "wajib diisi untuk rencana ini." : "Rencana tindak "
			    "lanjut wajib diisi untuk tanggal ini.", nerrors);
		}
		if (*text != '\0' && *date != '\0')
			pairs++;
	}
	if (err == STATUS_OK && pairs == 0 && *nerrors == 0)
		err = form_error(r->hdf, "tindak_lanjut_1", "Rencana tindak lanjut wajib "
		    "diisi, sekurang-kurangnya satu, dengan tanggal targetnya.",
		    nerrors);
	return nerr_pass(err);
}

static NEOERR *
write_report(struct req *r, const struct wf_case *c, struct wf_effect *fx)
{
	char key[64], date_key[64];
	struct db_arg a[4];
	const char *text;
	NEOERR *err;
	int i, pos = 0;

	a[0] = DB_ARG_INT(c->id);
	a[1] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.hasil", ""));
	a[2] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.saran", ""));
	a[3] = DB_ARG_INT(r->user.id);
	err = db_exec(STMT_REPORT_INSERT, a, 4, NULL);
	for (i = 1; i <= FOLLOW_UPS && err == STATUS_OK; i++) {
		snprintf(key, sizeof(key), "Form.tindak_lanjut_%d", i);
		snprintf(date_key, sizeof(date_key), "Form.tanggal_%d", i);
		text = hdf_get_value(r->hdf, key, "");
		if (*text == '\0')
			continue;
		a[0] = DB_ARG_INT(c->id);
		a[1] = DB_ARG_INT(++pos);
		a[2] = DB_ARG_STR(text);
		a[3] = DB_ARG_STR(hdf_get_value(r->hdf, date_key, ""));
		err = db_exec(STMT_REPORT_ACTION_INSERT, a, 4, NULL);
	}
	fx->note = "Laporan hasil pembinaan dan rencana tindak lanjut dibuat.";
	return nerr_pass(err);
}

struct act {
	struct wf_act	 wf;
	const struct field *fields;	/* checked by form_check */
	size_t		 nfields;
	/* More checks (choices from the database, files, two fields). */
	NEOERR		*(*check)(struct req *, const struct wf_case *, int *);
	const char	*label;		/* for the case's history */
};
#define FIELDS(t) (t), sizeof(t) / sizeof((t)[0])

static const struct act acts[] = {
	{ { "terima", "agenda", "diproses", 1, NULL, write_agenda },
	    FIELDS(agenda_fields), NULL, "Diterima dan diagendakan" },
	{ { "kembalikan", "agenda", "dikembalikan", 0, "Form.alasan",
	    write_return }, FIELDS(return_fields), NULL,
	    "Dikembalikan kepada pemohon" },
	{ { "saran", "advice", NULL, 1, "Form.saran", NULL },
	    FIELDS(advice_fields), NULL, "Saran kepada Kepala Dinas" },
	{ { "disposisi", "disposition", NULL, 1, "Form.disposisi",
	    write_disposition }, FIELDS(disposition_fields), check_disposition,
	    "Disposisi ke bidang" },
	{ { "teruskan", "forward", NULL, 1, "Form.catatan", write_forward },
	    FIELDS(forward_fields), NULL, "Diteruskan ke bidang" },
	{ { "disposisi_kasi", "assign", NULL, 1, "Form.disposisi",
	    write_assign }, FIELDS(disposition_fields), check_assign,
	    "Disposisi ke Kasi" },
	{ { "surat_tugas", "surat_tugas", "dijadwalkan", 1, NULL,
	    write_surat_tugas }, FIELDS(surat_fields), check_surat_tugas,
	    "Surat Tugas dibuat" },
	{ { "pembinaan", "coaching", NULL, 1, NULL, write_coaching },
	    FIELDS(coaching_fields), check_coaching, "Pembinaan dilaksanakan" },
	{ { "laporan", "report", "selesai", 1, NULL, write_report },
	    FIELDS(report_fields), check_report, "Laporan dibuat; selesai" },
};
#define NACTS (sizeof(acts) / sizeof(acts[0]))

static const struct act *
act_named(const char *aksi)
{
	size_t i;

	for (i = 0; i < NACTS; i++)
		if (strcmp(acts[i].wf.aksi, aksi) == 0)
			return &acts[i];
	return NULL;
}

/* The words of an act for a case's history ("Permohonan diajukan" first). */
const char *
act_label(const char *aksi)
{
	const struct act *act = act_named(aksi);

	return act != NULL ? act->label : "Permohonan diajukan";
}

/*
 * Act.* when the user may act on the case now: the kind of its step's
 * form, and the choices the form offers.
 */
NEOERR *
act_form(struct req *r, const struct wf_case *c)
{
	const struct act *act = NULL;
	NEOERR *err;
	HDF *t;
	size_t i;

	for (i = 0; i < NACTS; i++)
		if (wf_may(r, c, &acts[i].wf)) {
			act = &acts[i];
			break;
		}
	if (act == NULL)
		return STATUS_OK;
	err = hdf_set_value(r->hdf, "Act.kind", c->action);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Act.activity", hdf_get_value(r->hdf,
		    "Case.activity", ""));
	for (t = hdf_get_child(r->hdf, "Timeline"); t != NULL &&
	    err == STATUS_OK; t = hdf_obj_next(t))
		if (hdf_get_int_value(t, "no", 0) == c->step_no)
			err = hdf_set_value(r->hdf, "Act.time_text",
			    hdf_get_value(t, "time_text", ""));
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Act.step_no", c->step_no);
	if (err == STATUS_OK && strcmp(c->action, "agenda") == 0)
		err = choices_set(r->hdf, "Choices.sifat", sifats, sifat_labels);
	if (err == STATUS_OK && (strcmp(c->action, "disposition") == 0 ||
	    strcmp(c->action, "assign") == 0))
		err = unit_choices(r, c->bidang_id);
	if (err == STATUS_OK && strcmp(c->action, "surat_tugas") == 0)
		err = staff_choices(r);
	return nerr_pass(err);
}

/* The way back from an error page about the case of the route. */
static void
back_to_case(struct req *r)
{
	char path[64];
	NEOERR *err;

	snprintf(path, sizeof(path), "/admin/permohonan/%s", r->param[0]);
	err = hdf_set_value(r->hdf, "Error.BackPath", path);
	nerr_ignore(&err);
}

/* 409: someone acted first; Conflict.0.* says who and when. */
static void
conflict_page(struct req *r)
{
	char msg[512];

	back_to_case(r);
	snprintf(msg, sizeof(msg), "Permohonan ini sudah ditindaklanjuti oleh "
	    "%s (%s) pada %s. Muat ulang halaman untuk melihat keadaannya "
	    "sekarang.", hdf_get_value(r->hdf, "Conflict.0.name", "petugas lain"),
	    hdf_get_value(r->hdf, "Conflict.0.role_label", "-"),
	    hdf_get_value(r->hdf, "Conflict.0.at_text", "-"));
	resp_error_text(r, HTTP_CONFLICT, NULL, "Sudah ditindaklanjuti", msg);
}

static void
denied_page(struct req *r)
{
	back_to_case(r);
	resp_error_text(r, HTTP_FORBIDDEN, NULL, "Tindakan tidak dapat "
	    "dilakukan", "Anda tidak dapat melakukan tindakan ini pada langkah "
	    "sekarang.");
}

/*
 * POST: an act on the case. Its fields are checked first (422: the page
 * again with the messages); then wf_apply locks, checks and records it.
 */
NEOERR *
page_case_act(struct req *r)
{
	const char *versi = hdf_get_value(r->hdf, "Query.versi", "");
	const struct act *act;
	enum wf_result result;
	struct wf_case c;
	char path[64], *end;
	long long version;
	NEOERR *err;
	int nerrors = 0;

	/* The case and its form's choices; the rest of the page on a 422. */
	err = case_load(r, &c);
	if (err == STATUS_OK)
		err = act_form(r, &c);
	if (err != STATUS_OK)
		return nerr_pass(err);
	act = act_named(hdf_get_value(r->hdf, "Query.aksi", ""));
	version = strtoll(versi, &end, 10);
	if (act == NULL || *versi == '\0' || *end != '\0' || version <= 0)
		return nerr_raise(NERR_BAD_REQUEST, "%s", "bad aksi or versi");
	/* Before the fields: the one who came second, or should not come. */
	if (version != c.version || !wf_may(r, &c, &act->wf)) {
		err = wf_apply(r, c.id, version, &act->wf, &result);
		if (err == STATUS_OK && result == WF_CONFLICT)
			conflict_page(r);
		else if (err == STATUS_OK)
			denied_page(r);
		return nerr_pass(err);
	}
	err = form_check(r->hdf, act->fields, act->nfields, &nerrors);
	if (err == STATUS_OK && act->check != NULL)
		err = act->check(r, &c, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors > 0) {
		err = case_fill(r, &c);
		if (err == STATUS_OK)
			err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, "Form.aksi", act->wf.aksi);
		if (err == STATUS_OK)
			err = resp_page_status(r, HTTP_UNPROCESSABLE,
			    "admin_case.cs");
		return nerr_pass(err);
	}
	err = wf_apply(r, c.id, version, &act->wf, &result);
	if (err != STATUS_OK || result != WF_DONE)
		photos_remove(r);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (result == WF_CONFLICT) {
		conflict_page(r);
		return STATUS_OK;
	}
	if (result == WF_DENIED) {
		denied_page(r);
		return STATUS_OK;
	}
	snprintf(path, sizeof(path), "/admin/permohonan/%lld?pesan=tindakan",
	    c.id);
	resp_redirect(r, path);
	return STATUS_OK;
}
