/* page_apply.c: the applicant's request form (the Surat Permohonan online) and its submission. */
#include "sibina.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "pages.h"

enum { F_JENIS, F_NAMA, F_KONTAK, F_JABATAN, F_HP, F_EMAIL, F_ALAMAT,
    F_KECAMATAN, F_NAGARI, F_SEKTOR, F_NIB, F_BADAN_HUKUM, F_ASPEK, F_URAIAN,
    F_SETUJU, F__MAX };
static const struct field fields[F__MAX] = {
	[F_JENIS] = { "jenis", "Jenis pemohon", FIELD_CHOICE, 1, 0,
	    applicant_types },
	[F_NAMA] = { "nama_usaha", "Nama usaha atau koperasi", FIELD_TEXT, 1,
	    200, NULL },
	[F_KONTAK] = { "kontak", "Nama penanggung jawab", FIELD_TEXT, 1, 100,
	    NULL },
	[F_JABATAN] = { "jabatan", "Jabatan", FIELD_TEXT, 1, 100, NULL },
	[F_HP] = { "hp", "Nomor HP", FIELD_PHONE, 1, 20, NULL },
	[F_EMAIL] = { "email", "Email", FIELD_EMAIL, 0, 254, NULL },
	[F_ALAMAT] = { "alamat", "Alamat", FIELD_TEXT, 1, 300, NULL },
	[F_KECAMATAN] = { "kecamatan", "Kecamatan", FIELD_CHOICE, 1, 0,
	    kecamatan },
	[F_NAGARI] = { "nagari", "Nagari", FIELD_TEXT, 1, 100, NULL },
	[F_SEKTOR] = { "sektor", "Sektor usaha", FIELD_TEXT, 1, 100, NULL },
	[F_NIB] = { "nib", "NIB", FIELD_NIB, 0, 13, NULL },
	[F_BADAN_HUKUM] = { "badan_hukum", "Nomor badan hukum", FIELD_TEXT, 0,
	    100, NULL },
	[F_ASPEK] = { "aspek", "Pembinaan yang dibutuhkan", FIELD_CHOICES, 1,
	    0, aspects },
	[F_URAIAN] = { "uraian", "Uraian singkat kebutuhan", FIELD_LINES, 1,
	    1000, NULL },
	[F_SETUJU] = { "setuju", "Persetujuan pemrosesan data pribadi",
	    FIELD_CHECK, 1, 0, NULL },
};

/* The files a request may carry: the letter and three supporting files. */
struct file_field {
	const char	*name;		/* Query.<name> */
	const char	*label;
	const char	*kind;		/* attachment.kind */
	int		 required;
};
#define FILES_MAX 4
static const struct file_field file_fields[FILES_MAX] = {
	{ "surat", "Surat Permohonan", "surat_permohonan", 1 },
	{ "pendukung_1", "Berkas pendukung 1", "pendukung", 0 },
	{ "pendukung_2", "Berkas pendukung 2", "pendukung", 0 },
	{ "pendukung_3", "Berkas pendukung 3", "pendukung", 0 },
};
/* Each file at most 5 MB; REQUEST_BODY_MAX bounds them all together. */
#define FILE_MAX_BYTES (5 * 1024 * 1024)
static const char *const file_types[] = { "application/pdf", "image/jpeg",
    "image/png", NULL };

/* The step a new request has done (the letter) and the one it waits at. */
#define STEP_SUBMITTED 1
#define STEP_FIRST_OFFICE 2

/* Readies everything the form page shows besides the applicant's input. */
static NEOERR *
form_ready(struct req *r)
{
	NEOERR *err;

	err = csrf_prepare(r);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.jenis", applicant_types,
		    applicant_type_labels);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.kecamatan", kecamatan,
		    kecamatan);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.aspek", aspects,
		    aspect_labels);
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Limits.FileMB",
		    FILE_MAX_BYTES / (1024 * 1024));
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Limits.Pendukung", FILES_MAX - 1);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Formulir Permohonan");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.NoIndex", "1");
	return nerr_pass(err);
}

/* GET: an empty form, with a fresh submit key of its own. */
NEOERR *
page_apply_form(struct req *r)
{
	unsigned long long version;
	unsigned char rnd[32];
	char key[65];
	NEOERR *err;

	err = db_ready(&version);
	if (err == STATUS_OK)
		err = service_load(r, r->param[0]);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(key, sizeof(key), rnd, sizeof(rnd));
	err = hdf_set_value(r->hdf, "Form.submit_key", key);
	if (err == STATUS_OK)
		err = form_ready(r);
	if (err == STATUS_OK)
		err = resp_page(r, "apply.cs");
	return nerr_pass(err);
}

/* Returns 1 if a file name, as the browser sent it, may be kept. */
static int
file_name_valid(const char *name)
{
	return strlen(name) <= 255 && utf8_valid(name, strlen(name)) &&
	    text_clean(name, 0) && strpbrk(name, "/\\") == NULL &&
	    strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

/*
 * Returns 1 if the body holds more file parts than the form has, or a
 * file under a name the form does not have.
 */
static int
too_many_files(struct req *r)
{
	HDF *q;
	size_t i;

	if (r->cgi->files != NULL && uListLength(r->cgi->files) > FILES_MAX)
		return 1;
	for (q = hdf_get_child(r->hdf, "Query"); q != NULL;
	    q = hdf_obj_next(q)) {
		if (hdf_get_obj(q, "FileHandle") == NULL)
			continue;
		for (i = 0; i < FILES_MAX; i++)
			if (strcmp(hdf_obj_name(q), file_fields[i].name) == 0)
				break;
		if (i == FILES_MAX)
			return 1;
	}
	return 0;
}

/* The files of one submission, as stored so far. */
struct files {
	struct stored_file	 stored[FILES_MAX];
	const char		*original[FILES_MAX];	/* "" if not sent */
	int			 chosen;	/* the applicant chose some */
	int			 too_big;	/* one was over the limit */
};

static void
files_remove(struct files *fs)
{
	NEOERR *err;
	size_t i;

	for (i = 0; i < FILES_MAX; i++) {
		if (fs->stored[i].name[0] == '\0')
			continue;
		err = upload_remove(fs->stored[i].name);
		if (err != STATUS_OK) {
			log_neoerr("upload", err);
			nerr_ignore(&err);
		}
		fs->stored[i].name[0] = '\0';
	}
}

/*
 * Checks and stores every file that was sent, each synced before the
 * request that names it is recorded; a wrong file gets its message.
 */
static NEOERR *
files_store(struct req *r, struct files *fs, int *nerrors)
{
	const struct file_field *ff;
	enum upload_verdict verdict;
	char key[96], msg[192];
	NEOERR *err;
	FILE *fp;
	size_t i;

	for (i = 0; i < FILES_MAX; i++) {
		ff = &file_fields[i];
		snprintf(key, sizeof(key), "Query.%s", ff->name);
		fs->original[i] = hdf_get_value(r->hdf, key, "");
		fp = cgi_filehandle(r->cgi, (char *)ff->name);
		if (fp == NULL || *fs->original[i] == '\0') {
			fs->original[i] = "";
			if (!ff->required)
				continue;
			snprintf(msg, sizeof(msg), "%s wajib dilampirkan.",
			    ff->label);
			err = form_error(r->hdf, ff->name, msg, nerrors);
			if (err != STATUS_OK)
				return nerr_pass(err);
			continue;
		}
		fs->chosen = 1;
		if (!file_name_valid(fs->original[i])) {
			snprintf(msg, sizeof(msg), "Nama berkas %s tidak valid. "
			    "Ganti nama berkas, lalu pilih kembali.", ff->label);
			err = form_error(r->hdf, ff->name, msg, nerrors);
			if (err != STATUS_OK)
				return nerr_pass(err);
			continue;
		}
		snprintf(key, sizeof(key), "Query.%s.FileName", ff->name);
		err = upload_store(fp, hdf_get_value(r->hdf, key, ""),
		    FILE_MAX_BYTES, file_types, &fs->stored[i], &verdict);
		if (err != STATUS_OK)
			return nerr_pass(err);
		if (verdict == UPLOAD_OK)
			continue;
		if (verdict == UPLOAD_TOO_BIG) {
			fs->too_big = 1;
			snprintf(msg, sizeof(msg), "%s lebih besar dari %d MB.",
			    ff->label, FILE_MAX_BYTES / (1024 * 1024));
		} else if (verdict == UPLOAD_EMPTY) {
			snprintf(msg, sizeof(msg), "%s kosong.", ff->label);
		} else {
			snprintf(msg, sizeof(msg), "%s harus berupa PDF, JPEG, "
			    "atau PNG.", ff->label);
		}
		err = form_error(r->hdf, ff->name, msg, nerrors);
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	return STATUS_OK;
}

/* Checks what the form's fields cannot: NUL bytes, the honeypot, the files. */
static NEOERR *
check_rest(struct req *r, int *nerrors)
{
	NEOERR *err;

	err = form_check_body(r->hdf, r->nul_field, fields, F__MAX, 1, nerrors);
	if (err == STATUS_OK && too_many_files(r))
		err = form_error(r->hdf, "berkas", "Terlalu banyak berkas: paling "
		    "banyak satu Surat Permohonan dan tiga berkas pendukung.",
		    nerrors);
	return nerr_pass(err);
}

/* The ticked aspects as MariaDB writes a SET: "produksi,pemasaran". */
static void
aspects_joined(HDF *hdf, char *out, size_t outlen)
{
	char key[64];
	size_t i, used = 0;
	int n;

	*out = '\0';
	for (i = 0; aspects[i] != NULL; i++) {
		snprintf(key, sizeof(key), "Form.aspek.%s", aspects[i]);
		if (hdf_get_obj(hdf, key) == NULL)
			continue;
		n = snprintf(out + used, outlen - used, "%s%s",
		    used > 0 ? "," : "", aspects[i]);
		if (n < 0 || (size_t)n >= outlen - used)
			break;
		used += (size_t)n;
	}
}

/* A field's clean value, or NULL (SQL NULL) when it was left empty. */
static struct db_arg
optional(HDF *hdf, const char *key)
{
	const char *v = hdf_get_value(hdf, key, "");

	return *v != '\0' ? DB_ARG_STR(v) : DB_ARG_NULL;
}

/* Writes the request, its files and its first event, in the open transaction. */
static NEOERR *
record(struct req *r, const struct files *fs, const char *code)
{
	unsigned long long id;
	char aspect_set[128];
	struct db_arg a[19];
	HDF *h = r->hdf;
	NEOERR *err;
	size_t i;

	aspects_joined(h, aspect_set, sizeof(aspect_set));
	a[0] = DB_ARG_STR(code);
	a[1] = DB_ARG_STR(hdf_get_value(h, "Query.submit_key", ""));
	a[2] = DB_ARG_INT(hdf_get_int_value(h, "Service.id", 0));
	a[3] = DB_ARG_STR(hdf_get_value(h, "Form.jenis", ""));
	a[4] = DB_ARG_STR(hdf_get_value(h, "Form.nama_usaha", ""));
	a[5] = DB_ARG_STR(hdf_get_value(h, "Form.kontak", ""));
	a[6] = DB_ARG_STR(hdf_get_value(h, "Form.jabatan", ""));
	a[7] = DB_ARG_STR(hdf_get_value(h, "Form.hp", ""));
	a[8] = optional(h, "Form.email");
	a[9] = DB_ARG_STR(hdf_get_value(h, "Form.alamat", ""));
	a[10] = DB_ARG_STR(hdf_get_value(h, "Form.kecamatan", ""));
	a[11] = DB_ARG_STR(hdf_get_value(h, "Form.nagari", ""));
	a[12] = DB_ARG_STR(hdf_get_value(h, "Form.sektor", ""));
	a[13] = optional(h, "Form.nib");
	a[14] = optional(h, "Form.badan_hukum");
	a[15] = DB_ARG_STR(aspect_set);
	a[16] = DB_ARG_STR(hdf_get_value(h, "Form.uraian", ""));
	a[17] = DB_ARG_INT(STEP_FIRST_OFFICE);
	/* The case keeps the steps of the standard it was submitted under. */
	a[18] = DB_ARG_INT(hdf_get_int_value(h, "Service.version_id", 0));
	err = db_exec(STMT_REQUEST_INSERT, a, 19, &id);
	for (i = 0; i < FILES_MAX && err == STATUS_OK; i++) {
		if (fs->stored[i].name[0] == '\0')
			continue;
		a[0] = DB_ARG_INT((long long)id);
		a[1] = DB_ARG_STR(file_fields[i].kind);
		a[2] = DB_ARG_STR(fs->stored[i].name);
		a[3] = DB_ARG_STR(fs->stored[i].sha256);
		a[4] = DB_ARG_STR(fs->stored[i].mime);
		a[5] = DB_ARG_INT((long long)fs->stored[i].size);
		a[6] = DB_ARG_STR(fs->original[i]);
		err = db_exec(STMT_ATTACHMENT_INSERT, a, 7, NULL);
	}
	if (err == STATUS_OK) {
		a[0] = DB_ARG_INT((long long)id);
		a[1] = DB_ARG_INT(STEP_SUBMITTED);
		a[2] = DB_ARG_STR("diajukan");
		a[3] = DB_ARG_STR("pemohon");
		a[4] = DB_ARG_NULL;
		a[5] = DB_ARG_NULL;
		err = db_exec(STMT_EVENT_INSERT, a, 6, NULL);
	}
	/* The Front Office's clock starts now. */
	if (err == STATUS_OK)
		err = timing_step_begin((long long)id);
	if (err == STATUS_OK)
		err = throttle_note(r, ATTEMPT_SUBMIT, NULL);
	return nerr_pass(err);
}

/* The request form is sent once: a second time finds the first request. */
static const struct form_once once = {
	STMT_REQUEST_BY_SUBMIT_KEY, "tracking_code", "/permohonan", ATTEMPT_SUBMIT
};

/*
 * Records the request in one transaction. A taken tracking code (rare:
 * 50 bits) is drawn again; a taken submit key means the same form was
 * sent twice at once, and the first request is the answer.
 */
static NEOERR *
commit_request(struct req *r, struct files *fs, char *code, size_t len)
{
	const char *key = hdf_get_value(r->hdf, "Query.submit_key", "");
	NEOERR *err = STATUS_OK;
	int attempt;

	for (attempt = 0; attempt < 3; attempt++) {
		tracking_code(code, len);
		err = db_begin();
		if (err == STATUS_OK)
			err = record(r, fs, code);
		if (err == STATUS_OK)
			err = db_commit();
		if (err == STATUS_OK)
			return STATUS_OK;
		db_rollback();
		if (!nerr_handle(&err, NERR_DUPLICATE))
			break;
		err = form_once_find(&once, key, code, len);
		if (err != STATUS_OK || *code != '\0') {
			files_remove(fs);
			return nerr_pass(err);
		}
	}
	files_remove(fs);
	return err != STATUS_OK ? nerr_pass(err) :
	    nerr_raise(NERR_ASSERT, "%s", "no free tracking code");
}

/*
 * POST: checks every field and file; with errors the form comes back
 * (422, or 413 for a file over the limit) with what was typed; else the
 * request is recorded and the applicant sent on by 303.
 */
NEOERR *
page_apply_submit(struct req *r)
{
	unsigned long long version;
	char code[TRACKING_CODE_LEN];
	const char *key;
	struct files fs;
	NEOERR *err;
	int nerrors = 0, answered;

	memset(&fs, 0, sizeof(fs));
	err = db_ready(&version);
	if (err == STATUS_OK)
		err = service_load(r, r->param[0]);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = form_once_gate(r, &once, &key, &answered);
	if (err != STATUS_OK || answered)
		return nerr_pass(err);
	err = form_check(r->hdf, fields, F__MAX, &nerrors);
	if (err == STATUS_OK)
		err = check_rest(r, &nerrors);
	if (err == STATUS_OK)
		err = files_store(r, &fs, &nerrors);
	if (err != STATUS_OK) {
		files_remove(&fs);
		return nerr_pass(err);
	}
	if (nerrors > 0) {
		files_remove(&fs);
		err = hdf_set_value(r->hdf, "Form.submit_key", key);
		if (err == STATUS_OK)
			err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK && fs.chosen)
			err = hdf_set_value(r->hdf, "Form.FilesLost", "1");
		if (err == STATUS_OK)
			err = form_ready(r);
		if (err == STATUS_OK)
			err = resp_page_status(r, fs.too_big ? HTTP_TOO_LARGE :
			    HTTP_UNPROCESSABLE, "apply.cs");
		return nerr_pass(err);
	}
	err = commit_request(r, &fs, code, sizeof(code));
	if (err != STATUS_OK)
		return nerr_pass(err);
	form_once_redirect(r, &once, code);
	return STATUS_OK;
}
