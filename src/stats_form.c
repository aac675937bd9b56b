/* stats_form.c: the range of months of the statistics pages (dari, sampai), read, checked and defaulted. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The longest value kept to show again (a month is 7 characters). */
#define MONTH_TYPED_MAX 32

/* Whether s is a month YYYY-MM that stats_range takes. */
static int
month_valid(const char *s)
{
	struct stats_range r;

	return stats_range(s, s, &r) == 0;
}

/*
 * Copies Query.<name> without surrounding white space to Form.<name>, or
 * def when it is empty; a value that is not clean text is kept as "".
 */
static NEOERR *
month_input(HDF *hdf, const char *name, const char *def)
{
	char qkey[64], fkey[64], v[MONTH_TYPED_MAX + 1];
	const char *s;
	size_t n;

	snprintf(qkey, sizeof(qkey), "Query.%s", name);
	snprintf(fkey, sizeof(fkey), "Form.%s", name);
	s = hdf_get_value(hdf, qkey, "");
	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n > MONTH_TYPED_MAX)
		n = MONTH_TYPED_MAX;
	snprintf(v, sizeof(v), "%.*s", (int)n, s);
	if (!utf8_valid(v, strlen(v)) || !text_clean(v, 0))
		v[0] = '\0';
	return nerr_pass(hdf_set_value(hdf, fkey, n == 0 ? def : v));
}

/*
 * Reads the range of the statistics pages into r: dari and sampai, months
 * YYYY-MM, by default January of this year to this month (WIB). A wrong
 * value gets its message (Form.Error.dari, .sampai) and counts in
 * *nerrors; Form.dari and Form.sampai hold the values to show again.
 */
NEOERR *
stats_form(HDF *hdf, struct stats_range *r, int *nerrors)
{
	char first[8], now[8];
	const char *from, *to;
	struct tm tm;
	NEOERR *err;
	int months;

	memset(r, 0, sizeof(*r));
	wib_now(&tm);
	strftime(first, sizeof(first), "%Y-01", &tm);
	strftime(now, sizeof(now), "%Y-%m", &tm);
	err = month_input(hdf, "dari", first);
	if (err == STATUS_OK)
		err = month_input(hdf, "sampai", now);
	if (err != STATUS_OK)
		return nerr_pass(err);
	from = hdf_get_value(hdf, "Form.dari", "");
	to = hdf_get_value(hdf, "Form.sampai", "");
	if (!month_valid(from))
		err = form_error(hdf, "dari", "Bulan awal harus berupa bulan "
		    "tahun 2000 atau sesudahnya, ditulis tttt-bb (misalnya "
		    "2026-01).", nerrors);
	if (err == STATUS_OK && !month_valid(to))
		err = form_error(hdf, "sampai", "Bulan akhir harus berupa bulan "
		    "tahun 2000 atau sesudahnya, ditulis tttt-bb (misalnya "
		    "2026-12).", nerrors);
	if (err != STATUS_OK || !month_valid(from) || !month_valid(to))
		return nerr_pass(err);
	if (stats_range(from, to, r) == 0)
		return STATUS_OK;
	months = (atoi(to) - atoi(from)) * 12 + atoi(to + 5) -
	    atoi(from + 5) + 1;
	if (months < 1)
		return nerr_pass(form_error(hdf, "sampai", "Bulan akhir tidak "
		    "boleh sebelum bulan awal.", nerrors));
	return nerr_pass(form_error(hdf, "sampai", "Rentang paling panjang "
	    "120 bulan (10 tahun): perpendek rentangnya.", nerrors));
}

/*
 * The form of a statistics page (tpl): reads its range into *range, or,
 * when a field is wrong, answers with the page again (422, a message per
 * field, the input kept) and sets *answered.
 */
NEOERR *
stats_form_page(struct req *r, const char *tpl, struct stats_range *range,
    int *answered)
{
	NEOERR *err;
	int nerrors = 0;

	*answered = 0;
	err = stats_form(r->hdf, range, &nerrors);
	if (err != STATUS_OK || nerrors == 0)
		return nerr_pass(err);
	*answered = 1;
	err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
	if (err == STATUS_OK)
		err = resp_page_status(r, HTTP_UNPROCESSABLE, tpl);
	return nerr_pass(err);
}
