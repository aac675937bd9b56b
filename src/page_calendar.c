/* page_calendar.c: the administrator's working calendar: office hours per weekday, holidays, and their import from CSV. */
#include "sibina.h"

#include <csv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pages.h"

#define SPANS		4	/* spans of office hours a weekday may have */
#define RANGE_DAYS_MAX	31	/* days one holiday form may add */
#define IMPORT_BYTES_MAX 1048576
#define IMPORT_ROWS_MAX	2000
#define IMPORT_SHOWN	50	/* line errors listed on the page */

static const char *const day_names[8] = { "", "Senin", "Selasa", "Rabu",
    "Kamis", "Jumat", "Sabtu", "Minggu" };
static const char *const holiday_kinds[] = { "libur_nasional",
    "cuti_bersama", "tutup_kantor", NULL };
static const char *const holiday_kind_labels[] = { "Libur nasional",
    "Cuti bersama", "Kantor tutup", NULL };

enum { H_TANGGAL, H_SAMPAI, H_JENIS, H_KETERANGAN, H__MAX };
static const struct field holiday_fields[H__MAX] = {
	[H_TANGGAL] = { "tanggal", "Tanggal", FIELD_DATE, 1, 0, NULL },
	[H_SAMPAI] = { "sampai", "Tanggal terakhir", FIELD_DATE, 0, 0, NULL },
	[H_JENIS] = { "jenis", "Jenis hari libur", FIELD_CHOICE, 1, 0,
	    holiday_kinds },
	[H_KETERANGAN] = { "keterangan", "Keterangan", FIELD_TEXT, 1, 200,
	    NULL },
};

/* The days since 1970-01-01 of a valid YYYY-MM-DD (proleptic Gregorian). */
static long
day_number(const char *s)
{
	long y = atol(s), m = atol(s + 5), d = atol(s + 8), era, yoe, doy;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + (yoe * 365 + yoe / 4 - yoe / 100 + doy) - 719468;
}

/* The year of the holidays shown: ?tahun=YYYY (2000-2099), or this one (WIB). */
static int
shown_year(struct req *r)
{
	const char *t = hdf_get_value(r->hdf, "Query.tahun", "");
	struct tm tm;

	if (strlen(t) == 4 && strspn(t, "0123456789") == 4 &&
	    atoi(t) >= 2000 && atoi(t) <= 2099)
		return atoi(t);
	wib_now(&tm);
	return tm.tm_year + 1900;
}

/* The notice after a 303 (?pesan=): fixed sentences, the count a number. */
static NEOERR *
calendar_notice(struct req *r)
{
	const char *code = hdf_get_value(r->hdf, "Query.pesan", "");
	const char *n = hdf_get_value(r->hdf, "Query.jumlah", "");
	char text[64];

	if (strcmp(code, "jam") == 0)
		return nerr_pass(hdf_set_value(r->hdf, "Page.Notice",
		    "Jam kerja disimpan."));
	if (strcmp(code, "libur") == 0)
		return nerr_pass(hdf_set_value(r->hdf, "Page.Notice",
		    "Hari libur ditambahkan."));
	if (strcmp(code, "hapus") == 0)
		return nerr_pass(hdf_set_value(r->hdf, "Page.Notice",
		    "Hari libur dihapus."));
	if (strcmp(code, "impor") == 0 && *n >= '1' && *n <= '9' &&
	    strlen(n) <= 4 && strspn(n, "0123456789") == strlen(n)) {
		snprintf(text, sizeof(text), "%d hari libur diimpor.", atoi(n));
		return nerr_pass(hdf_set_value(r->hdf, "Page.Notice", text));
	}
	return STATUS_OK;
}

/* Form.hari_D_N_buka/tutup from the office hours as saved ("07.30"). */
static NEOERR *
load_hours(struct req *r)
{
	char key[64];
	NEOERR *err;
	HDF *h;

	err = db_rows_to_hdf(STMT_OFFICE_HOURS, NULL, 0, r->hdf, "Hours", NULL);
	for (h = hdf_get_child(r->hdf, "Hours"); h != NULL &&
	    err == STATUS_OK; h = hdf_obj_next(h)) {
		snprintf(key, sizeof(key), "Form.hari_%d_%d_buka",
		    hdf_get_int_value(h, "weekday", 0),
		    hdf_get_int_value(h, "position", 0));
		err = hdf_set_value(r->hdf, key, hdf_get_value(h, "opens", ""));
		snprintf(key, sizeof(key), "Form.hari_%d_%d_tutup",
		    hdf_get_int_value(h, "weekday", 0),
		    hdf_get_int_value(h, "position", 0));
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key,
			    hdf_get_value(h, "closes", ""));
	}
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "Hours");
	return nerr_pass(err);
}

/* Holidays.N of the year shown, with their kinds' labels. */
static NEOERR *
load_holidays(struct req *r, int year)
{
	struct db_arg a[2];
	NEOERR *err;
	HDF *h;

	a[0] = DB_ARG_INT(year);
	a[1] = DB_ARG_INT(year);
	err = db_rows_to_hdf(STMT_HOLIDAYS_OF_YEAR, a, 2, r->hdf, "Holidays",
	    NULL);
	for (h = hdf_get_child(r->hdf, "Holidays"); h != NULL &&
	    err == STATUS_OK; h = hdf_obj_next(h))
		err = hdf_set_value(h, "kind_label", label_of(holiday_kinds,
		    holiday_kind_labels, hdf_get_value(h, "kind", "")));
	return nerr_pass(err);
}

/*
 * Calendar.Years.N: the years that have holidays, this year and the next
 * (in order, each once), the one shown marked.
 */
static NEOERR *
load_years(struct req *r, int shown)
{
	int years[128], n = 0, i, j, y, t;
	struct tm tm;
	char key[64];
	NEOERR *err;
	HDF *h;

	wib_now(&tm);
	years[n++] = tm.tm_year + 1900;
	years[n++] = tm.tm_year + 1901;
	years[n++] = shown;
	err = db_rows_to_hdf(STMT_HOLIDAY_YEARS, NULL, 0, r->hdf, "Found", NULL);
	for (h = hdf_get_child(r->hdf, "Found"); h != NULL && n < 128;
	    h = hdf_obj_next(h))
		years[n++] = hdf_get_int_value(h, "year", 0);
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "Found");
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && years[j - 1] > years[j]; j--) {
			t = years[j];
			years[j] = years[j - 1];
			years[j - 1] = t;
		}
	for (i = 0, j = 0; i < n && err == STATUS_OK; i++) {
		y = years[i];
		if (y < 2000 || y > 2099 || (i > 0 && y == years[i - 1]))
			continue;
		snprintf(key, sizeof(key), "Calendar.Years.%d.year", j);
		err = hdf_set_int_value(r->hdf, key, y);
		snprintf(key, sizeof(key), "Calendar.Years.%d.shown", j);
		if (err == STATUS_OK && y == shown)
			err = hdf_set_value(r->hdf, key, "1");
		j++;
	}
	return nerr_pass(err);
}

/*
 * Renders the calendar page: the week's form (as typed after a wrong
 * POST of it, else as saved), the holidays of the year shown, the forms.
 */
static NEOERR *
calendar_page(struct req *r, enum http_status status, int hours_typed)
{
	int year = shown_year(r), d;
	char key[64];
	NEOERR *err = STATUS_OK;

	for (d = 1; d <= 7 && err == STATUS_OK; d++) {
		snprintf(key, sizeof(key), "Calendar.Days.%d.no", d);
		err = hdf_set_int_value(r->hdf, key, d);
		snprintf(key, sizeof(key), "Calendar.Days.%d.name", d);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, day_names[d]);
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Calendar.year", year);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.jenis", holiday_kinds,
		    holiday_kind_labels);
	if (err == STATUS_OK && !hours_typed)
		err = load_hours(r);
	if (err == STATUS_OK)
		err = load_holidays(r, year);
	if (err == STATUS_OK)
		err = load_years(r, year);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Kalender Kerja");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_calendar.cs");
	return nerr_pass(err);
}

/* GET: the office hours and the holidays of a year, with the forms. */
NEOERR *
page_calendar(struct req *r)
{
	NEOERR *err;

	err = calendar_notice(r);
	if (err == STATUS_OK)
		err = calendar_page(r, HTTP_OK, 0);
	return nerr_pass(err);
}

/* Copies s without white space at either end into out. */
static void
trim_copy(const char *s, char *out, size_t outlen)
{
	size_t len;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len >= outlen)
		len = outlen - 1;
	memcpy(out, s, len);
	out[len] = '\0';
}

/*
 * Reads a time of day typed as HH.MM or HH:MM (the hour may have one
 * digit): minutes after midnight, or -1 if it is not one.
 */
static int
time_parse(const char *s)
{
	size_t h = strspn(s, "0123456789");
	int hour, min;

	if (h < 1 || h > 2 || (s[h] != '.' && s[h] != ':') ||
	    strspn(s + h + 1, "0123456789") != 2 || s[h + 3] != '\0')
		return -1;
	hour = atoi(s);
	min = atoi(s + h + 1);
	if (hour > 23 || min > 59)
		return -1;
	return hour * 60 + min;
}

/* Sets Form.Error.hari_D_N_WHICH to a message made of fmt and its args. */
static NEOERR *
span_error(struct req *r, int d, int n, const char *which, int *nerrors,
    const char *fmt, ...)
{
	char key[64], msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(key, sizeof(key), "hari_%d_%d_%s", d, n, which);
	return nerr_pass(form_error(r->hdf, key, msg, nerrors));
}

struct week {
	int	nspans[8];
	int	open[8][SPANS], close[8][SPANS];
};

/*
 * Checks one span of a day: both times or neither, each a time, opens
 * before closes, after the day's previous span. Keeps the span in wk.
 */
static NEOERR *
check_span(struct req *r, struct week *wk, int d, int n, int *nerrors)
{
	const char *which[2] = { "buka", "tutup" };
	char key[64], v[2][32];
	int t[2], i, k;
	NEOERR *err = STATUS_OK;

	for (i = 0; i < 2 && err == STATUS_OK; i++) {
		snprintf(key, sizeof(key), "Query.hari_%d_%d_%s", d, n,
		    which[i]);
		trim_copy(hdf_get_value(r->hdf, key, ""), v[i], sizeof(v[i]));
		t[i] = *v[i] == '\0' ? -2 : time_parse(v[i]);
		if (t[i] >= 0)
			snprintf(v[i], sizeof(v[i]), "%02d.%02d", t[i] / 60,
			    t[i] % 60);
		snprintf(key, sizeof(key), "Form.hari_%d_%d_%s", d, n, which[i]);
		err = hdf_set_value(r->hdf, key, utf8_valid(v[i],
		    strlen(v[i])) ? v[i] : "");
	}
	for (i = 0; i < 2 && err == STATUS_OK; i++)
		if (t[i] == -1)
			err = span_error(r, d, n, which[i], nerrors, "Jam %s "
			    "sesi %d hari %s tidak valid; tulis jam dan menit, "
			    "misalnya 07.30.", which[i], n, day_names[d]);
		else if (t[i] == -2 && t[1 - i] != -2)
			err = span_error(r, d, n, which[i], nerrors, "Jam %s "
			    "sesi %d hari %s wajib diisi bila jam %snya diisi.",
			    which[i], n, day_names[d], which[1 - i]);
	if (err != STATUS_OK || t[0] < 0 || t[1] < 0)
		return nerr_pass(err);
	k = wk->nspans[d];
	if (t[0] >= t[1])
		return nerr_pass(span_error(r, d, n, "tutup", nerrors, "Jam "
		    "tutup sesi %d hari %s harus setelah jam bukanya (%s).", n,
		    day_names[d], v[0]));
	if (k > 0 && t[0] < wk->close[d][k - 1])
		return nerr_pass(span_error(r, d, n, "buka", nerrors, "Sesi %d "
		    "hari %s harus dimulai setelah sesi sebelumnya berakhir "
		    "(%02d.%02d).", n, day_names[d], wk->close[d][k - 1] / 60,
		    wk->close[d][k - 1] % 60));
	wk->open[d][k] = t[0];
	wk->close[d][k] = t[1];
	wk->nspans[d] = k + 1;
	return STATUS_OK;
}

/* Replaces the week's office hours by wk, in the open transaction. */
static NEOERR *
write_week(const struct week *wk)
{
	struct db_arg a[4];
	char opens[16], closes[16];
	NEOERR *err;
	int d, k;

	err = db_exec(STMT_OFFICE_HOURS_DELETE, NULL, 0, NULL);
	for (d = 1; d <= 7 && err == STATUS_OK; d++)
		for (k = 0; k < wk->nspans[d] && err == STATUS_OK; k++) {
			snprintf(opens, sizeof(opens), "%02d:%02d",
			    wk->open[d][k] / 60, wk->open[d][k] % 60);
			snprintf(closes, sizeof(closes), "%02d:%02d",
			    wk->close[d][k] / 60, wk->close[d][k] % 60);
			a[0] = DB_ARG_INT(d);
			a[1] = DB_ARG_INT(k + 1);
			a[2] = DB_ARG_STR(opens);
			a[3] = DB_ARG_STR(closes);
			err = db_exec(STMT_OFFICE_HOURS_INSERT, a, 4, NULL);
		}
	return nerr_pass(err);
}

/*
 * POST: the whole week's office hours at once; a day's spans are kept in
 * order, renumbered from 1. Every rule has its message at its field.
 */
NEOERR *
page_calendar_hours(struct req *r)
{
	struct week wk;
	NEOERR *err = STATUS_OK;
	int d, n, nerrors = 0, worked = 0;

	memset(&wk, 0, sizeof(wk));
	for (d = 1; d <= 7 && err == STATUS_OK; d++) {
		for (n = 1; n <= SPANS && err == STATUS_OK; n++)
			err = check_span(r, &wk, d, n, &nerrors);
		worked += wk.nspans[d] > 0;
	}
	if (err == STATUS_OK && nerrors == 0 && worked == 0)
		err = form_error(r->hdf, "pekan", "Sekurang-kurangnya satu hari "
		    "dalam sepekan harus memiliki jam kerja.", &nerrors);
	if (err == STATUS_OK && nerrors == 0) {
		err = db_begin();
		if (err == STATUS_OK)
			err = write_week(&wk);
		if (err == STATUS_OK)
			err = calendar_changed();
		if (err == STATUS_OK)
			err = db_commit();
		if (err != STATUS_OK) {
			db_rollback();
			return nerr_pass(err);
		}
		resp_redirect(r, "/admin/kalender?pesan=jam");
		return STATUS_OK;
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = calendar_page(r, HTTP_UNPROCESSABLE, 1);
	return nerr_pass(err);
}

/*
 * Names the holidays already set between from and to (inclusive) at the
 * field tanggal; *taken says whether there were any. In a transaction
 * the rows are locked, so that no one adds them meanwhile.
 */
static NEOERR *
check_taken(struct req *r, const char *from, const char *to, int *taken,
    int *nerrors)
{
	struct db_arg a[2];
	char msg[512];
	NEOERR *err;
	HDF *h;
	int n = 0;

	a[0] = DB_ARG_STR(from);
	a[1] = DB_ARG_STR(to);
	err = db_rows_to_hdf(STMT_HOLIDAYS_TAKEN, a, 2, r->hdf, "Taken",
	    &n);
	*taken = n > 0;
	if (err != STATUS_OK || n == 0)
		return nerr_pass(err);
	h = hdf_get_obj(r->hdf, "Taken.0");
	if (n == 1)
		snprintf(msg, sizeof(msg), "Tanggal %s sudah ditetapkan sebagai "
		    "hari libur: %s.", hdf_get_value(h, "day_text", ""),
		    hdf_get_value(h, "name", ""));
	else
		snprintf(msg, sizeof(msg), "Dalam rentang itu %d tanggal sudah "
		    "ditetapkan sebagai hari libur, antara lain %s: %s.", n,
		    hdf_get_value(h, "day_text", ""),
		    hdf_get_value(h, "name", ""));
	err = hdf_remove_tree(r->hdf, "Taken");
	if (err == STATUS_OK)
		err = form_error(r->hdf, "tanggal", msg, nerrors);
	return nerr_pass(err);
}

/* Adds every day from the form's tanggal to to, in the open transaction. */
static NEOERR *
write_days(struct req *r, const char *to)
{
	const char *from = hdf_get_value(r->hdf, "Form.tanggal", "");
	struct db_arg a[5];
	NEOERR *err = STATUS_OK;
	long i, n = day_number(to) - day_number(from);

	for (i = 0; i <= n && err == STATUS_OK; i++) {
		a[0] = DB_ARG_STR(from);
		a[1] = DB_ARG_INT(i);
		a[2] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.jenis", ""));
		a[3] = DB_ARG_STR(hdf_get_value(r->hdf, "Form.keterangan", ""));
		a[4] = DB_ARG_INT(r->user.id);
		err = db_exec(STMT_HOLIDAY_INSERT, a, 5, NULL);
	}
	return nerr_pass(err);
}

/*
 * POST: a holiday, or a range of at most RANGE_DAYS_MAX days (a row
 * each). A day that is already a holiday is refused with its name.
 */
NEOERR *
page_calendar_holiday_add(struct req *r)
{
	const char *from, *to;
	char where[96];
	NEOERR *err;
	int nerrors = 0, taken = 0;
	long n;

	err = form_check(r->hdf, holiday_fields, H__MAX, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	from = hdf_get_value(r->hdf, "Form.tanggal", "");
	to = hdf_get_value(r->hdf, "Form.sampai", "");
	if (*to == '\0')
		to = from;
	if (!hdf_get_obj(r->hdf, "Form.Error.tanggal") &&
	    !hdf_get_obj(r->hdf, "Form.Error.sampai") && *from != '\0') {
		n = day_number(to) - day_number(from);
		if (n < 0)
			err = form_error(r->hdf, "sampai", "Tanggal terakhir tidak "
			    "boleh sebelum tanggal pertama.", &nerrors);
		else if (n >= RANGE_DAYS_MAX)
			err = form_error(r->hdf, "sampai", "Rentang tanggal paling "
			    "lama 31 hari; tambahkan sisanya dengan isian "
			    "berikutnya.", &nerrors);
	}
	if (err == STATUS_OK && nerrors == 0) {
		err = db_begin();
		if (err == STATUS_OK)
			err = check_taken(r, from, to, &taken, &nerrors);
		if (err == STATUS_OK && !taken)
			err = write_days(r, to);
		if (err == STATUS_OK && !taken)
			err = calendar_changed();
		if (err == STATUS_OK && !taken)
			err = db_commit();
		if (err != STATUS_OK || taken)
			db_rollback();
		/* Added by someone else between the check and the insert. */
		if (nerr_handle(&err, NERR_DUPLICATE)) {
			err = check_taken(r, from, to, &taken, &nerrors);
			if (err == STATUS_OK && !taken)
				err = form_error(r->hdf, "tanggal", "Hari libur "
				    "ini baru saja diubah oleh pengguna lain; "
				    "periksa daftar, lalu kirim kembali.",
				    &nerrors);
		}
		if (err != STATUS_OK)
			return nerr_pass(err);
		if (nerrors == 0) {
			snprintf(where, sizeof(where),
			    "/admin/kalender?tahun=%.4s&pesan=libur", from);
			resp_redirect(r, where);
			return STATUS_OK;
		}
	}
	if (err == STATUS_OK && date_valid(from)) {
		snprintf(where, sizeof(where), "%.4s", from);
		err = hdf_set_value(r->hdf, "Query.tahun", where);
	}
	if (err == STATUS_OK)
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = calendar_page(r, HTTP_UNPROCESSABLE, 0);
	return nerr_pass(err);
}

/* POST: removes the holiday of the route's date; 404 if there is none. */
NEOERR *
page_calendar_holiday_delete(struct req *r)
{
	const char *day = r->param[0];
	struct db_arg a;
	char where[96];
	NEOERR *err;
	int n = 0;

	if (day == NULL || !date_valid(day))
		return nerr_raise(NERR_NO_PAGE, "%s", "bad holiday date");
	a = DB_ARG_STR(day);
	err = db_begin();
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_HOLIDAY_LOCK, &a, 1, r->hdf,
		    "Found", &n);
	if (err == STATUS_OK && n == 0)
		err = nerr_raise(NERR_NO_PAGE, "%s", "no holiday on that day");
	if (err == STATUS_OK)
		err = db_exec(STMT_HOLIDAY_DELETE, &a, 1, NULL);
	if (err == STATUS_OK)
		err = calendar_changed();
	if (err == STATUS_OK)
		err = db_commit();
	if (err != STATUS_OK) {
		db_rollback();
		return nerr_pass(err);
	}
	snprintf(where, sizeof(where), "/admin/kalender?tahun=%.4s&pesan=hapus",
	    day);
	resp_redirect(r, where);
	return STATUS_OK;
}

/* ---- The import of a CSV file of holidays ---- */

struct import_row {
	int	 line;
	char	 day[11];
	char	 kind[16];
	char	*name;
};

/* The state of libcsv's callbacks over one file. */
struct import {
	HDF			*hdf;
	NEOERR			*err;
	int			 line;		/* the line being read */
	int			 rec_line;	/* where the record began */
	int			 nfields;
	char			*field[3];
	int			 records;	/* the header included */
	int			 stop;		/* no header: nothing more to say */
	struct import_row	*rows;
	size_t			 nrows;
	int			 nerrors;
};

/* Adds "Baris N: ..." to Import.Errors (the first IMPORT_SHOWN of them). */
static void
import_error(struct import *im, int line, const char *fmt, ...)
{
	char key[64], msg[512];
	size_t len;
	va_list ap;

	if (im->nerrors++ >= IMPORT_SHOWN || im->err != STATUS_OK)
		return;
	len = (size_t)snprintf(msg, sizeof(msg), "Baris %d: ", line);
	va_start(ap, fmt);
	vsnprintf(msg + len, sizeof(msg) - len, fmt, ap);
	va_end(ap);
	snprintf(key, sizeof(key), "Import.Errors.%d", im->nerrors - 1);
	im->err = hdf_set_value(im->hdf, key, msg);
}

/* A value as quoted in a message: at most 40 bytes, cut between characters. */
static const char *
shown_value(const char *v, char *out, size_t outlen)
{
	size_t len = strlen(v);

	if (len > 40) {
		len = 40;
		while (len > 0 && ((unsigned char)v[len] & 0xc0) == 0x80)
			len--;
	}
	if (len >= outlen)
		len = outlen - 1;
	memcpy(out, v, len);
	out[len] = '\0';
	return out;
}

static void
import_field(void *s, size_t len, void *data)
{
	struct import *im = data;

	if (im->rec_line == 0)
		im->rec_line = im->line;
	if (im->nfields < 3)
		im->field[im->nfields] = strndup(s != NULL ? s : "", len);
	im->nfields++;
}

/* Checks the header: tanggal,jenis,keterangan. */
static void
import_header(struct import *im)
{
	static const char *const names[3] = { "tanggal", "jenis",
	    "keterangan" };
	int i;

	for (i = 0; i < 3; i++)
		if (im->nfields != 3 || im->field[i] == NULL ||
		    strcasecmp(im->field[i], names[i]) != 0)
			break;
	if (i == 3)
		return;
	import_error(im, im->rec_line, "%s", "baris pertama harus berisi "
	    "judul kolom tanggal,jenis,keterangan.");
	im->stop = 1;
}

/* Checks one row of data and keeps it. */
static void
import_row(struct import *im)
{
	const char *day = im->field[0], *kind = im->field[1];
	const char *name = im->field[2];
	const char *const *k;
	char shown[48];
	size_t i;
	int bad = 0;

	if (im->nfields != 3) {
		import_error(im, im->rec_line, "harus berisi 3 kolom (tanggal, "
		    "jenis, keterangan), terbaca %d.", im->nfields);
		return;
	}
	if (day == NULL || kind == NULL || name == NULL) {
		im->err = nerr_raise(NERR_NOMEM, "%s", "import field");
		return;
	}
	if (*day == '\0') {
		import_error(im, im->rec_line, "%s", "tanggal wajib diisi.");
		bad = 1;
	} else if (!date_valid(day)) {
		import_error(im, im->rec_line, "tanggal %s tidak valid; tulis "
		    "sebagai TTTT-BB-HH, misalnya 2026-08-17.",
		    shown_value(day, shown, sizeof(shown)));
		bad = 1;
	}
	for (k = holiday_kinds; *k != NULL && strcmp(*k, kind) != 0; k++)
		continue;
	if (*kind == '\0') {
		import_error(im, im->rec_line, "%s", "jenis wajib diisi: "
		    "libur_nasional, cuti_bersama atau tutup_kantor.");
		bad = 1;
	} else if (*k == NULL) {
		import_error(im, im->rec_line, "jenis %s tidak dikenal; gunakan "
		    "libur_nasional, cuti_bersama atau tutup_kantor.",
		    shown_value(kind, shown, sizeof(shown)));
		bad = 1;
	}
	if (*name == '\0') {
		import_error(im, im->rec_line, "%s", "keterangan wajib diisi.");
		bad = 1;
	} else if (utf8_chars(name) > 200) {
		import_error(im, im->rec_line, "%s", "keterangan lebih dari 200 "
		    "karakter.");
		bad = 1;
	} else if (!text_clean(name, 0) || strpbrk(name, "<>") != NULL) {
		import_error(im, im->rec_line, "%s", "keterangan memuat karakter "
		    "yang tidak dapat diterima (baris baru, < atau >).");
		bad = 1;
	}
	for (i = 0; !bad && i < im->nrows; i++)
		if (strcmp(im->rows[i].day, day) == 0) {
			import_error(im, im->rec_line, "tanggal %s sudah ada "
			    "pada baris %d.", day, im->rows[i].line);
			bad = 1;
		}
	if (bad || im->nrows >= IMPORT_ROWS_MAX)
		return;
	im->rows[im->nrows].line = im->rec_line;
	snprintf(im->rows[im->nrows].day, sizeof(im->rows[0].day), "%s", day);
	snprintf(im->rows[im->nrows].kind, sizeof(im->rows[0].kind), "%s",
	    kind);
	im->rows[im->nrows].name = im->field[2];
	im->field[2] = NULL;
	im->nrows++;
}

static void
import_record(int c, void *data)
{
	struct import *im = data;
	int i;

	(void)c;
	if (im->rec_line == 0)
		im->rec_line = im->line;
	im->records++;
	if (im->err == STATUS_OK && !im->stop) {
		if (im->records == 1)
			import_header(im);
		else if (im->records - 1 <= IMPORT_ROWS_MAX)
			import_row(im);
	}
	for (i = 0; i < 3; i++) {
		free(im->field[i]);
		im->field[i] = NULL;
	}
	im->nfields = 0;
	im->rec_line = 0;
}

/*
 * Reads the file of buf (without its BOM) line by line through libcsv,
 * so that each record knows the line it began on; collects the rows and
 * the line errors.
 */
static NEOERR *
import_parse(struct import *im, const char *buf, size_t len)
{
	struct csv_parser p;
	const char *line = buf, *end = buf + len, *nl;
	size_t n;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return nerr_raise(NERR_NOMEM, "%s", "csv_init");
	im->line = 0;
	while (line < end && im->err == STATUS_OK) {
		nl = memchr(line, '\n', (size_t)(end - line));
		n = nl != NULL ? (size_t)(nl - line) + 1 : (size_t)(end - line);
		im->line++;
		if (csv_parse(&p, line, n, import_field, import_record, im) != n)
			break;
		line += n;
	}
	if (im->err == STATUS_OK && csv_error(&p) == CSV_SUCCESS &&
	    csv_fini(&p, import_field, import_record, im) != 0 &&
	    csv_error(&p) == CSV_ENOMEM)
		im->err = nerr_raise(NERR_NOMEM, "%s", "csv_fini");
	if (im->err == STATUS_OK && csv_error(&p) == CSV_ENOMEM)
		im->err = nerr_raise(NERR_NOMEM, "%s", "csv_parse");
	if (im->err == STATUS_OK && csv_error(&p) == CSV_EPARSE)
		import_error(im, im->rec_line != 0 ? im->rec_line : im->line,
		    "%s", "tanda petik (\") tidak sesuai aturan CSV: isian "
		    "yang memuat koma atau tanda petik diapit tanda petik, dan "
		    "tanda petik di dalamnya ditulis dua kali.");
	csv_free(&p);
	for (n = 0; n < 3; n++) {
		free(im->field[n]);
		im->field[n] = NULL;
	}
	return im->err;
}

/* Reads the uploaded file berkas into *buf; *problem says why it cannot be. */
static NEOERR *
import_read(struct req *r, char **buf, size_t *len, const char **problem,
    enum http_status *status)
{
	const char *original = hdf_get_value(r->hdf, "Query.berkas", "");
	struct stat st;
	FILE *fp;

	*buf = NULL;
	*len = 0;
	*problem = NULL;
	*status = HTTP_UNPROCESSABLE;
	fp = cgi_filehandle(r->cgi, "berkas");
	if (fp == NULL || *original == '\0') {
		*problem = "Pilih berkas CSV yang akan diimpor.";
		return STATUS_OK;
	}
	if (fflush(fp) != 0 || fstat(fileno(fp), &st) != 0)
		return nerr_raise_errno(NERR_IO, "%s", "import size");
	if (st.st_size == 0) {
		*problem = "Berkas kosong.";
		return STATUS_OK;
	}
	if (st.st_size > IMPORT_BYTES_MAX) {
		*problem = "Berkas lebih besar dari 1 MB. Bagi menjadi beberapa "
		    "berkas, misalnya satu berkas per tahun.";
		*status = HTTP_TOO_LARGE;
		return STATUS_OK;
	}
	*buf = malloc((size_t)st.st_size + 1);
	if (*buf == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "import buffer");
	rewind(fp);
	*len = fread(*buf, 1, (size_t)st.st_size, fp);
	(*buf)[*len] = '\0';
	if (*len != (size_t)st.st_size) {
		free(*buf);
		*buf = NULL;
		return nerr_raise(NERR_IO, "%s", "reading the import");
	}
	return STATUS_OK;
}

/* Saves every row, a date that is set already updated, in one transaction. */
static NEOERR *
import_write(struct req *r, const struct import *im)
{
	struct db_arg a[4];
	NEOERR *err;
	size_t i;

	err = db_begin();
	for (i = 0; i < im->nrows && err == STATUS_OK; i++) {
		a[0] = DB_ARG_STR(im->rows[i].day);
		a[1] = DB_ARG_STR(im->rows[i].kind);
		a[2] = DB_ARG_STR(im->rows[i].name);
		a[3] = DB_ARG_INT(r->user.id);
		err = db_exec(STMT_HOLIDAY_UPSERT, a, 4, NULL);
	}
	if (err == STATUS_OK)
		err = calendar_changed();
	if (err == STATUS_OK)
		err = db_commit();
	if (err != STATUS_OK)
		db_rollback();
	return nerr_pass(err);
}

/*
 * Checks a read file: *problem is the message of the field berkas (in
 * summary, of summarylen bytes, when it counts the line errors), or NULL.
 */
static NEOERR *
import_check(struct import *im, char *buf, size_t len, const char **problem,
    char *summary, size_t summarylen)
{
	NEOERR *err;

	*problem = NULL;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (!utf8_valid(buf, len)) {
		*problem = "Berkas bukan teks UTF-8. Dari lembar kerja, simpan "
		    "sebagai \"CSV UTF-8 (dipisahkan koma)\".";
		return STATUS_OK;
	}
	err = import_parse(im, buf, len);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (im->records - 1 > IMPORT_ROWS_MAX) {
		*problem = "Berkas memuat lebih dari 2000 baris hari libur. "
		    "Bagi menjadi beberapa berkas.";
		return STATUS_OK;
	}
	if (im->nerrors == 0 && im->nrows == 0) {
		*problem = "Berkas tidak memuat satu pun hari libur.";
		return STATUS_OK;
	}
	if (im->nerrors == 0)
		return STATUS_OK;
	snprintf(summary, summarylen, "Berkas belum diimpor: ada %d "
	    "kesalahan, dan tidak satu pun baris disimpan. Perbaiki berkas, "
	    "lalu kirim kembali.", im->nerrors);
	*problem = summary;
	return STATUS_OK;
}

/*
 * POST (multipart): holidays from a CSV file (tanggal,jenis,keterangan),
 * all or nothing: a file with any wrong line is refused with the list of
 * its line errors; otherwise each row is added, or updated if its date is
 * set already.
 */
NEOERR *
page_calendar_import(struct req *r)
{
	enum http_status status = HTTP_UNPROCESSABLE;
	struct import im;
	const char *problem = NULL;
	char where[128], summary[256];
	char *buf = NULL;
	NEOERR *err;
	size_t len, i;
	int nerrors = 0;

	memset(&im, 0, sizeof(im));
	im.hdf = r->hdf;
	err = import_read(r, &buf, &len, &problem, &status);
	if (err == STATUS_OK && problem == NULL) {
		im.rows = calloc(IMPORT_ROWS_MAX, sizeof(*im.rows));
		if (im.rows == NULL)
			err = nerr_raise(NERR_NOMEM, "%s", "import rows");
	}
	if (err == STATUS_OK && problem == NULL)
		err = import_check(&im, buf, len, &problem, summary,
		    sizeof(summary));
	if (err == STATUS_OK && problem == NULL) {
		err = import_write(r, &im);
		if (err == STATUS_OK) {
			snprintf(where, sizeof(where), "/admin/kalender?tahun=%.4s"
			    "&pesan=impor&jumlah=%zu", im.rows[0].day, im.nrows);
			resp_redirect(r, where);
		}
	}
	if (err == STATUS_OK && problem != NULL) {
		if (im.nerrors > IMPORT_SHOWN)
			err = hdf_set_int_value(r->hdf, "Import.More",
			    im.nerrors - IMPORT_SHOWN);
		if (err == STATUS_OK)
			err = form_error(r->hdf, "berkas", problem, &nerrors);
		if (err == STATUS_OK)
			err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = calendar_page(r, status, 0);
	}
	for (i = 0; i < im.nrows; i++)
		free(im.rows[i].name);
	free(im.rows);
	free(buf);
	return nerr_pass(err);
}
