/* sheet.c: a table of rows written to a file as CSV (RFC 4180, UTF-8 for Excel) or XLSX (libxlsxwriter). */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#include <xlsxwriter.h>

#include "sheet.h"

struct sheet {
	enum sheet_format	 format;
	const struct sheet_col	*cols;
	unsigned int		 ncols;
	FILE			*csv;
	lxw_workbook		*wb;
	lxw_worksheet		*ws;
	lxw_format		*date;
	lxw_row_t		 row;		/* the next row of the XLSX */
};

/*
 * Writes one CSV field. A value that a spreadsheet would take for a
 * formula (it begins with = + - @, a tab or CR) gets a leading ' (CSV
 * injection); a value with a comma, quote, CR or LF is quoted, its
 * quotes doubled (RFC 4180), by libcsv's writer.
 */
static NEOERR *
csv_field(FILE *f, const char *v)
{
	char *guarded = NULL;

	if (*v != '\0' && strchr("=+-@\t\r", *v) != NULL) {
		if ((guarded = malloc(strlen(v) + 2)) == NULL)
			return nerr_raise(NERR_NOMEM, "%s", "csv field");
		guarded[0] = '\'';
		strcpy(guarded + 1, v);
		v = guarded;
	}
	if (strpbrk(v, ",\"\r\n") != NULL)
		csv_fwrite(f, v, strlen(v));
	else
		fputs(v, f);
	free(guarded);
	return STATUS_OK;
}

/* Writes one CSV record: the fields, commas between, CRLF at the end. */
static NEOERR *
csv_record(struct sheet *s, const char *const *values)
{
	unsigned int c;
	NEOERR *err;

	for (c = 0; c < s->ncols; c++) {
		if (c > 0)
			putc(',', s->csv);
		err = csv_field(s->csv, values[c] != NULL ? values[c] : "");
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	fputs("\r\n", s->csv);
	if (ferror(s->csv))
		return nerr_raise_errno(NERR_IO, "%s", "csv write");
	return STATUS_OK;
}

static NEOERR *
xlsx_fail(const char *what, lxw_error e)
{
	return nerr_raise(NERR_IO, "xlsx %s: %s", what, lxw_strerror(e));
}

/* Starts the XLSX: one worksheet, column widths, a bold frozen header. */
static NEOERR *
xlsx_open(struct sheet *s, const char *path, const char *tmpdir,
    const char *title)
{
	lxw_workbook_options opts;
	lxw_format *bold;
	lxw_error e;
	unsigned int c;

	memset(&opts, 0, sizeof(opts));
	/* Rows go to a temporary file as they come, not into memory. */
	opts.constant_memory = LXW_TRUE;
	opts.tmpdir = (char *)tmpdir;
	s->wb = workbook_new_opt(path, &opts);
	if (s->wb == NULL)
		return nerr_raise(NERR_IO, "xlsx: cannot create %s", path);
	s->ws = workbook_add_worksheet(s->wb, title);
	bold = workbook_add_format(s->wb);
	s->date = workbook_add_format(s->wb);
	if (s->ws == NULL || bold == NULL || s->date == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "xlsx worksheet");
	format_set_bold(bold);
	format_set_num_format(s->date, "dd/mm/yyyy");
	for (c = 0; c < s->ncols; c++) {
		e = worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c,
		    s->cols[c].width, NULL);
		if (e != LXW_NO_ERROR)
			return xlsx_fail("column", e);
	}
	worksheet_freeze_panes(s->ws, 1, 0);
	for (c = 0; c < s->ncols; c++) {
		e = worksheet_write_string(s->ws, 0, (lxw_col_t)c,
		    s->cols[c].title, bold);
		if (e != LXW_NO_ERROR)
			return xlsx_fail("header", e);
	}
	s->row = 1;
	return STATUS_OK;
}

/* Reads a date YYYY-MM-DD into dt; 0 if it is not one. */
static int
date_parse(const char *v, lxw_datetime *dt)
{
	int y, m, d, n = 0;

	if (sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || v[n] != '\0' ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	memset(dt, 0, sizeof(*dt));
	dt->year = y;
	dt->month = m;
	dt->day = d;
	return 1;
}

/* Writes one XLSX row: text as strings, dates as dates (dd/mm/yyyy). */
static NEOERR *
xlsx_row(struct sheet *s, const char *const *values)
{
	lxw_datetime dt;
	lxw_error e = LXW_NO_ERROR;
	const char *v;
	unsigned int c;

	for (c = 0; c < s->ncols && e == LXW_NO_ERROR; c++) {
		v = values[c] != NULL ? values[c] : "";
		if (*v == '\0')
			continue;
		if (s->cols[c].kind == SHEET_DATE && date_parse(v, &dt))
			e = worksheet_write_datetime(s->ws, s->row,
			    (lxw_col_t)c, &dt, s->date);
		else
			e = worksheet_write_string(s->ws, s->row, (lxw_col_t)c,
			    v, NULL);
	}
	if (e != LXW_NO_ERROR)
		return xlsx_fail("row", e);
	s->row++;
	return STATUS_OK;
}

/*
 * Starts a file at path (created by the caller) with its header row: the
 * columns' titles. CSV begins with a UTF-8 byte order mark, by which Excel
 * knows the encoding. XLSX keeps its rows in temporary files in tmpdir
 * until sheet_close; title names its worksheet.
 */
NEOERR *
sheet_open(struct sheet **out, enum sheet_format format, const char *path,
    const char *tmpdir, const char *title, const struct sheet_col *cols,
    unsigned int ncols)
{
	const char *titles[32];
	struct sheet *s;
	NEOERR *err;
	unsigned int c;

	*out = NULL;
	if (ncols > sizeof(titles) / sizeof(titles[0]))
		return nerr_raise(NERR_ASSERT, "%s", "too many columns");
	s = calloc(1, sizeof(*s));
	if (s == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "sheet");
	s->format = format;
	s->cols = cols;
	s->ncols = ncols;
	*out = s;
	if (format == SHEET_XLSX)
		return nerr_pass(xlsx_open(s, path, tmpdir, title));
	s->csv = fopen(path, "wb");
	if (s->csv == NULL)
		return nerr_raise_errno(NERR_IO, "open %s", path);
	fputs("\xEF\xBB\xBF", s->csv);
	for (c = 0; c < ncols; c++)
		titles[c] = cols[c].title;
	err = csv_record(s, titles);
	return nerr_pass(err);
}

/* Adds a row: one value per column (NULL or "" for an empty cell). */
NEOERR *
sheet_row(struct sheet *s, const char *const *values)
{
	if (s->format == SHEET_XLSX)
		return nerr_pass(xlsx_row(s, values));
	return nerr_pass(csv_record(s, values));
}

/* Finishes the file; the sheet is freed whatever happens. */
NEOERR *
sheet_close(struct sheet *s)
{
	NEOERR *err = STATUS_OK;
	lxw_error e;

	if (s->format == SHEET_XLSX) {
		e = workbook_close(s->wb);
		s->wb = NULL;
		if (e != LXW_NO_ERROR)
			err = xlsx_fail("close", e);
	} else {
		if (fflush(s->csv) != 0 || ferror(s->csv))
			err = nerr_raise_errno(NERR_IO, "%s", "csv write");
		if (fclose(s->csv) != 0 && err == STATUS_OK)
			err = nerr_raise_errno(NERR_IO, "%s", "csv close");
		s->csv = NULL;
	}
	free(s);
	return nerr_pass(err);
}

/* Drops a sheet that was not closed (after an error); NULL is fine. */
void
sheet_free(struct sheet *s)
{
	if (s == NULL)
		return;
	if (s->wb != NULL)
		lxw_workbook_free(s->wb);
	if (s->csv != NULL)
		fclose(s->csv);
	free(s);
}
