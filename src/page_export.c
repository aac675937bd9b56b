/* page_export.c: the staff's exports: the agenda book and the case list of a date range, as CSV or XLSX. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pages.h"
#include "sheet.h"

/* The longest range, in days (both ends included): a leap year. */
#define EXPORT_DAYS_MAX 366

static const char *const export_kinds[] = { "agenda", "permohonan", NULL };
static const char *const export_kind_labels[] = { "Buku Agenda",
    "Daftar Permohonan", NULL };
static const char *const export_formats[] = { "csv", "xlsx", NULL };
static const char *const export_format_labels[] = {
    "CSV (teks dipisahkan koma, UTF-8)", "XLSX (Microsoft Excel)", NULL };

enum { E_JENIS, E_DARI, E_SAMPAI, E_FORMAT, E__MAX };
static const struct field export_fields[E__MAX] = {
	[E_JENIS] = { "jenis", "Jenis data", FIELD_CHOICE, 1, 0, export_kinds },
	[E_DARI] = { "dari", "Tanggal awal", FIELD_DATE, 1, 10, NULL },
	[E_SAMPAI] = { "sampai", "Tanggal akhir", FIELD_DATE, 1, 10, NULL },
	[E_FORMAT] = { "format", "Format berkas", FIELD_CHOICE, 1, 0,
	    export_formats },
};

/* The agenda book: the columns of STMT_EXPORT_AGENDA, in order. */
static const struct sheet_col agenda_cols[] = {
	{ "Nomor Agenda", SHEET_TEXT, 18 },
	{ "Tanggal Terima", SHEET_DATE, 14 },
	{ "Asal Surat", SHEET_TEXT, 45 },
	{ "Nomor Surat", SHEET_TEXT, 24 },
	{ "Tanggal Surat", SHEET_DATE, 14 },
	{ "Perihal", SHEET_TEXT, 45 },
	{ "Sifat", SHEET_TEXT, 14 },
};
#define AGENDA_COLS (sizeof(agenda_cols) / sizeof(agenda_cols[0]))

/* The case list: the columns of STMT_EXPORT_CASES, in order. */
static const struct sheet_col case_cols[] = {
	{ "Kode", SHEET_TEXT, 14 },
	{ "Tanggal Pengajuan", SHEET_DATE, 18 },
	{ "Nama Usaha", SHEET_TEXT, 36 },
	{ "Jenis Pemohon", SHEET_TEXT, 14 },
	{ "Kecamatan", SHEET_TEXT, 16 },
	{ "Nagari", SHEET_TEXT, 20 },
	{ "Aspek Pembinaan", SHEET_TEXT, 40 },
	{ "Status", SHEET_TEXT, 13 },
	{ "Langkah", SHEET_TEXT, 50 },
	{ "Nomor Agenda", SHEET_TEXT, 18 },
	{ "Bidang", SHEET_TEXT, 30 },
	{ "Seksi", SHEET_TEXT, 30 },
};
#define CASE_COLS (sizeof(case_cols) / sizeof(case_cols[0]))

/* The agenda book is the office's front and leaders' (all cases). */
static int
agenda_allowed(const struct req *r)
{
	return r->user.role == ROLE_FRONT_OFFICE ||
	    r->user.role == ROLE_SEKRETARIS ||
	    r->user.role == ROLE_KEPALA_DINAS ||
	    r->user.role == ROLE_BACK_OFFICE;
}

/* The form's choices (the agenda book only for those who may) and page. */
static NEOERR *
export_page(struct req *r, enum http_status status)
{
	NEOERR *err;
	int skip = agenda_allowed(r) ? 0 : 1;

	err = choices_set(r->hdf, "Choices.jenis", export_kinds + skip,
	    export_kind_labels + skip);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.format", export_formats,
		    export_format_labels);
	if (err == STATUS_OK && skip)
		err = hdf_set_value(r->hdf, "Export.scoped", "1");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Ekspor Data");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_export.cs");
	return nerr_pass(err);
}

/* GET: the form, for this month so far (WIB). */
NEOERR *
page_export_form(struct req *r)
{
	char from[16], to[16];
	struct tm tm;
	NEOERR *err;

	wib_now(&tm);
	strftime(from, sizeof(from), "%Y-%m-01", &tm);
	strftime(to, sizeof(to), "%Y-%m-%d", &tm);
	err = hdf_set_value(r->hdf, "Form.jenis", agenda_allowed(r) ?
	    "agenda" : "permohonan");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Form.dari", from);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Form.sampai", to);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Form.format", "xlsx");
	if (err == STATUS_OK)
		err = export_page(r, HTTP_OK);
	return nerr_pass(err);
}

/* The day number of a valid date YYYY-MM-DD (days since 1970-01-01). */
static long
day_number(const char *s)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = atoi(s) - 1900;
	tm.tm_mon = atoi(s + 5) - 1;
	tm.tm_mday = atoi(s + 8);
	return (long)(timegm(&tm) / 86400);
}

/* Checks the range of two valid dates: in order, at most a year long. */
static NEOERR *
check_range(struct req *r, int *nerrors)
{
	const char *from = hdf_get_value(r->hdf, "Form.dari", "");
	const char *to = hdf_get_value(r->hdf, "Form.sampai", "");
	NEOERR *err = STATUS_OK;
	long days;

	/* A value that is no date goes back in a text box (admin_export.cs). */
	if (*from != '\0' && !date_valid(from))
		err = hdf_set_value(r->hdf, "Form.Typed.dari", "1");
	if (err == STATUS_OK && *to != '\0' && !date_valid(to))
		err = hdf_set_value(r->hdf, "Form.Typed.sampai", "1");
	if (err != STATUS_OK || hdf_get_obj(r->hdf, "Form.Error.dari") != NULL ||
	    hdf_get_obj(r->hdf, "Form.Error.sampai") != NULL)
		return nerr_pass(err);
	days = day_number(to) - day_number(from) + 1;
	if (days < 1)
		return nerr_pass(form_error(r->hdf, "sampai", "Tanggal akhir "
		    "tidak boleh sebelum tanggal awal.", nerrors));
	if (days > EXPORT_DAYS_MAX)
		return nerr_pass(form_error(r->hdf, "sampai", "Rentang tanggal "
		    "paling panjang 366 hari: perpendek rentangnya, atau unduh "
		    "dalam beberapa bagian.", nerrors));
	return STATUS_OK;
}

/* The directory of temporary files: Paths.Tmp, $TMPDIR or /tmp. */
static const char *
tmp_dir(void)
{
	const char *dir = conf_str("Paths.Tmp", "");

	if (*dir == '\0')
		dir = getenv("TMPDIR");
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	return dir;
}

/* Rows of the agenda book: the sifat by its label. */
static NEOERR *
agenda_row(void *ctx, const char *const *v, unsigned int ncols)
{
	const char *row[AGENDA_COLS];
	unsigned int c;

	if (ncols != AGENDA_COLS)
		return nerr_raise(NERR_ASSERT, "%s", "agenda columns");
	for (c = 0; c < ncols; c++)
		row[c] = v[c];
	row[6] = label_of(sifats, sifat_labels, v[6]);
	return nerr_pass(sheet_row(ctx, row));
}

/* Writes the labels of a request's aspects ("a,b" in SQL) as "A; B". */
static void
aspects_text(const char *set, char *out, size_t len)
{
	char word[32];
	const char *p = set != NULL ? set : "";
	size_t n, used = 0;

	*out = '\0';
	while (*p != '\0') {
		n = strcspn(p, ",");
		snprintf(word, sizeof(word), "%.*s", (int)n, p);
		if (used < len)
			used += (size_t)snprintf(out + used, len - used, "%s%s",
			    used > 0 ? "; " : "", label_of(aspects,
			    aspect_labels, word));
		p += n;
		if (*p == ',')
			p++;
	}
}

/* Rows of the case list: applicant type, aspects and status by label. */
static NEOERR *
case_row(void *ctx, const char *const *v, unsigned int ncols)
{
	const char *row[CASE_COLS];
	char labels[512];
	unsigned int c;

	if (ncols != CASE_COLS)
		return nerr_raise(NERR_ASSERT, "%s", "case list columns");
	for (c = 0; c < ncols; c++)
		row[c] = v[c];
	row[3] = label_of(applicant_types, applicant_type_labels, v[3]);
	aspects_text(v[6], labels, sizeof(labels));
	row[6] = labels;
	row[7] = label_of(statuses, status_labels, v[7]);
	return nerr_pass(sheet_row(ctx, row));
}

/*
 * Writes the chosen file to path: the agenda book (every request with an
 * agenda number) or the cases the user may see, in the range.
 */
static NEOERR *
export_write(struct req *r, const char *path, int agenda, int xlsx)
{
	struct db_arg a[7];
	struct sheet *sheet = NULL;
	NEOERR *err;

	a[0] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.dari", ""));
	a[1] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.sampai", ""));
	case_scope(r, a + 2);
	err = sheet_open(&sheet, xlsx ? SHEET_XLSX : SHEET_CSV, path,
	    tmp_dir(), agenda ? "Buku Agenda" : "Daftar Permohonan",
	    agenda ? agenda_cols : case_cols, agenda ? AGENDA_COLS : CASE_COLS);
	if (err == STATUS_OK)
		err = agenda ? db_each(STMT_EXPORT_AGENDA, a, 2, agenda_row,
		    sheet) : db_each(STMT_EXPORT_CASES, a, 7, case_row, sheet);
	if (err != STATUS_OK) {
		sheet_free(sheet);
		return nerr_pass(err);
	}
	return nerr_pass(sheet_close(sheet));
}

/*
 * GET /admin/ekspor/unduh: the file, as an attachment named by its kind
 * and range; wrong input: the form again (422), with a message per field.
 * The file is made in a temporary file first, so that a failure is an
 * error page rather than a file cut short.
 */
NEOERR *
page_export_download(struct req *r)
{
	char path[4096], name[96];
	const char *kind, *format;
	NEOERR *err;
	int nerrors = 0, fd, agenda, xlsx;

	err = form_check(r->hdf, export_fields, E__MAX, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	kind = hdf_get_value(r->hdf, "Form.jenis", "");
	format = hdf_get_value(r->hdf, "Form.format", "");
	agenda = strcmp(kind, "agenda") == 0;
	xlsx = strcmp(format, "xlsx") == 0;
	if (agenda && !agenda_allowed(r)) {
		resp_error_text(r, HTTP_FORBIDDEN, NULL, "Akses ditolak",
		    "Buku Agenda hanya dapat diunduh oleh Front Office, "
		    "Sekretaris, Kepala Dinas dan Back Office. Anda dapat "
		    "mengunduh Daftar Permohonan.");
		return STATUS_OK;
	}
	err = check_range(r, &nerrors);
	if (err == STATUS_OK && nerrors > 0) {
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = export_page(r, HTTP_UNPROCESSABLE);
		return nerr_pass(err);
	}
	if (err != STATUS_OK)
		return nerr_pass(err);
	snprintf(path, sizeof(path), "%s/sibina-ekspor.XXXXXX", tmp_dir());
	fd = mkstemp(path);
	if (fd < 0)
		return nerr_raise_errno(NERR_IO, "mkstemp %s", path);
	close(fd);
	err = export_write(r, path, agenda, xlsx);
	snprintf(name, sizeof(name), "%s-%s_%s.%s", agenda ? "buku-agenda" :
	    "daftar-permohonan", hdf_get_value(r->hdf, "Form.dari", ""),
	    hdf_get_value(r->hdf, "Form.sampai", ""), xlsx ? "xlsx" : "csv");
	if (err == STATUS_OK)
		err = resp_file(r, path, xlsx ? "application/vnd.openxmlformats-"
		    "officedocument.spreadsheetml.sheet" :
		    "text/csv; charset=utf-8", name, 0);
	unlink(path);
	return nerr_pass(err);
}
