/* stats.c: the figures of the dashboard and of the public statistics, read from the tables sql/011 keeps, for a range of months. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const month_names[] = { "Januari", "Februari", "Maret",
    "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember" };

/* A share as the office writes it: "87,5%"; "–" of nothing. */
static void
share_text(long part, long whole, char *out, size_t len)
{
	long tenths;

	if (whole <= 0) {
		snprintf(out, len, "–");
		return;
	}
	tenths = (part * 1000 + whole / 2) / whole;
	snprintf(out, len, "%ld,%ld%%", tenths / 10, tenths % 10);
}

/* Sets prefix.key to a text. */
static NEOERR *
set_text(HDF *hdf, const char *prefix, const char *key, const char *v)
{
	char name[128];

	if ((size_t)snprintf(name, sizeof(name), "%s.%s", prefix, key) >=
	    sizeof(name))
		return nerr_raise(NERR_ASSERT, "name too long: %s", prefix);
	return nerr_pass(hdf_set_value(hdf, name, v));
}

/* Sets prefix.key to a number. */
static NEOERR *
set_long(HDF *hdf, const char *prefix, const char *key, long v)
{
	char text[24];

	snprintf(text, sizeof(text), "%ld", v);
	return nerr_pass(set_text(hdf, prefix, key, text));
}

/*
 * Sets prefix.{median,p90}_min and _text from a row's median and p90
 * (buckets of working minutes; "" when there was nothing: -1 and "–").
 */
static NEOERR *
set_percentiles(HDF *hdf, const char *prefix, HDF *row)
{
	static const char *const names[] = { "median", "p90" };
	char key[32], text[64];
	const char *v;
	NEOERR *err = STATUS_OK;
	long m;
	size_t i;

	for (i = 0; i < 2 && err == STATUS_OK; i++) {
		v = row != NULL ? hdf_get_value(row, names[i], "") : "";
		m = *v != '\0' ? strtol(v, NULL, 10) : -1;
		if (m < 0)
			snprintf(text, sizeof(text), "–");
		else
			clock_text((long long)m * 60, text, sizeof(text));
		snprintf(key, sizeof(key), "%s_min", names[i]);
		err = set_long(hdf, prefix, key, m);
		snprintf(key, sizeof(key), "%s_text", names[i]);
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, key, text);
	}
	return nerr_pass(err);
}

/* Whether s is written NNNN-NN (digits), whatever their values. */
static int
month_text(const char *s)
{
	return strlen(s) == 7 && strspn(s, "0123456789") == 4 &&
	    s[4] == '-' && strspn(s + 5, "0123456789") == 2;
}

/*
 * Reads a range of months "YYYY-MM" .. "YYYY-MM" (from <= to, at most
 * 120 months); returns -1 if it is not one.
 */
int
stats_range(const char *from, const char *to, struct stats_range *out)
{
	char tail;
	int months;

	memset(out, 0, sizeof(*out));
	/* Digits only: sscanf alone would take "2026- 1" and "2026-+1". */
	if (!month_text(from) || !month_text(to))
		return -1;
	if (sscanf(from, "%4d-%2d%c", &out->y0, &out->m0, &tail) != 2 ||
	    sscanf(to, "%4d-%2d%c", &out->y1, &out->m1, &tail) != 2 ||
	    strlen(from) != 7 || strlen(to) != 7 ||
	    out->y0 < 2000 || out->y1 > 2999 || out->m0 < 1 || out->m0 > 12 ||
	    out->m1 < 1 || out->m1 > 12)
		return -1;
	months = (out->y1 - out->y0) * 12 + out->m1 - out->m0 + 1;
	if (months < 1 || months > 120)
		return -1;
	if ((size_t)snprintf(out->from, sizeof(out->from), "%04d-%02d-01",
	    out->y0, out->m0) >= sizeof(out->from) ||
	    (size_t)snprintf(out->to, sizeof(out->to), "%04d-%02d-01", out->y1,
	    out->m1) >= sizeof(out->to))
		return -1;
	return 0;
}

/* Runs a statement of the range, its rows under prefix.N of rows. */
static NEOERR *
range_rows(enum stmt id, const struct stats_range *r, HDF *rows,
    const char *prefix)
{
	struct db_arg a[2];

	a[0] = DB_ARG_STR(r->from);
	a[1] = DB_ARG_STR(r->to);
	return nerr_pass(db_rows_to_hdf(id, a, 2, rows, prefix, NULL));
}

/* The row of rows' list prefix for month "YYYY-MM" (the lists are in month order), or NULL. */
static HDF *
month_row(HDF **cursor, const char *month)
{
	HDF *row;

	while (*cursor != NULL && strcmp(hdf_get_value(*cursor, "m", ""),
	    month) < 0)
		*cursor = hdf_obj_next(*cursor);
	row = *cursor;
	if (row == NULL || strcmp(hdf_get_value(row, "m", ""), month) != 0)
		return NULL;
	return row;
}

/*
 * Stats.Months.N (each month of the range, in order: month "YYYY-MM",
 * label "Januari 2026", received, finished, on_time, share_text,
 * returned, median_min/_text, p90_min/_text) and Stats.Total (the same
 * over the range): requests received, and cases closed by how and how
 * fast.
 */
NEOERR *
stats_months(HDF *hdf, const struct stats_range *r)
{
	char prefix[64], month[16], label[32], text[16];
	HDF *rows = NULL, *rec, *clo, *ret, *row, *total;
	NEOERR *err;
	int y = r->y0, m = r->m0, i = 0;
	long received, returned, sum_received = 0, sum_returned = 0;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = range_rows(STMT_STAT_RECEIVED_MONTHS, r, rows, "R");
	if (err == STATUS_OK)
		err = range_rows(STMT_STAT_CLOSED_MONTHS, r, rows, "C");
	if (err == STATUS_OK)
		err = range_rows(STMT_STAT_RETURNED_MONTHS, r, rows, "D");
	if (err == STATUS_OK)
		err = range_rows(STMT_STAT_CLOSED_TOTAL, r, rows, "T");
	rec = hdf_get_child(rows, "R");
	clo = hdf_get_child(rows, "C");
	ret = hdf_get_child(rows, "D");
	for (; err == STATUS_OK && (y < r->y1 || (y == r->y1 && m <= r->m1));
	    i++) {
		snprintf(month, sizeof(month), "%04d-%02d", y, m);
		snprintf(label, sizeof(label), "%s %d", month_names[m - 1], y);
		snprintf(prefix, sizeof(prefix), "Stats.Months.%d", i);
		row = month_row(&rec, month);
		received = row != NULL ? hdf_get_int_value(row, "n", 0) : 0;
		row = month_row(&ret, month);
		returned = row != NULL ? hdf_get_int_value(row, "n", 0) : 0;
		row = month_row(&clo, month);
		share_text(row != NULL ? hdf_get_int_value(row, "on_time", 0) : 0,
		    row != NULL ? hdf_get_int_value(row, "finished", 0) : 0,
		    text, sizeof(text));
		err = set_text(hdf, prefix, "month", month);
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "label", label);
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "received", received);
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "finished", row != NULL ?
			    hdf_get_int_value(row, "finished", 0) : 0);
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "on_time", row != NULL ?
			    hdf_get_int_value(row, "on_time", 0) : 0);
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "returned", returned);
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "share_text", text);
		if (err == STATUS_OK)
			err = set_percentiles(hdf, prefix, row);
		sum_received += received;
		sum_returned += returned;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	total = hdf_get_obj(rows, "T.0");
	share_text(hdf_get_int_value(total, "on_time", 0),
	    hdf_get_int_value(total, "finished", 0), text, sizeof(text));
	if (err == STATUS_OK)
		err = set_long(hdf, "Stats.Total", "received", sum_received);
	if (err == STATUS_OK)
		err = set_long(hdf, "Stats.Total", "finished",
		    hdf_get_int_value(total, "finished", 0));
	if (err == STATUS_OK)
		err = set_long(hdf, "Stats.Total", "on_time",
		    hdf_get_int_value(total, "on_time", 0));
	if (err == STATUS_OK)
		err = set_long(hdf, "Stats.Total", "returned", sum_returned);
	if (err == STATUS_OK)
		err = set_text(hdf, "Stats.Total", "share_text", text);
	if (err == STATUS_OK)
		err = set_percentiles(hdf, "Stats.Total", total);
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/*
 * prefix.N {key, label, n} for every value of a fixed list (labels, or
 * the values themselves when labels is NULL) in its order, then any
 * other value the rows hold.
 */
static NEOERR *
breakdown(HDF *hdf, const char *prefix, enum stmt id,
    const struct stats_range *r, const char *const *values,
    const char *const *labels)
{
	char name[128];
	HDF *rows = NULL, *row;
	NEOERR *err;
	int i, n = 0;
	long count;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = range_rows(id, r, rows, "R");
	for (i = 0; err == STATUS_OK && values[i] != NULL; i++) {
		count = 0;
		for (row = hdf_get_child(rows, "R"); row != NULL;
		    row = hdf_obj_next(row))
			if (strcmp(hdf_get_value(row, "k", ""), values[i]) == 0)
				count += hdf_get_int_value(row, "n", 0);
		snprintf(name, sizeof(name), "%s.%d", prefix, n++);
		err = set_text(hdf, name, "key", values[i]);
		if (err == STATUS_OK)
			err = set_text(hdf, name, "label", labels != NULL ?
			    labels[i] : values[i]);
		if (err == STATUS_OK)
			err = set_long(hdf, name, "n", count);
	}
	for (row = hdf_get_child(rows, "R"); err == STATUS_OK && row != NULL;
	    row = hdf_obj_next(row)) {
		const char *k = hdf_get_value(row, "k", "");

		for (i = 0; values[i] != NULL && strcmp(values[i], k) != 0; i++)
			;
		if (values[i] != NULL)
			continue;
		snprintf(name, sizeof(name), "%s.%d", prefix, n++);
		err = set_text(hdf, name, "key", k);
		if (err == STATUS_OK)
			err = set_text(hdf, name, "label", k);
		if (err == STATUS_OK)
			err = set_long(hdf, name, "n", hdf_get_int_value(row, "n",
			    0));
	}
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/* Stats.Kecamatan.N, Stats.Aspect.N, Stats.Type.N: {key, label, n}. */
NEOERR *
stats_breakdowns(HDF *hdf, const struct stats_range *r)
{
	NEOERR *err;

	err = breakdown(hdf, "Stats.Kecamatan", STMT_STAT_KECAMATAN, r,
	    kecamatan, NULL);
	if (err == STATUS_OK)
		err = breakdown(hdf, "Stats.Aspect", STMT_STAT_ASPECT, r,
		    aspects, aspect_labels);
	if (err == STATUS_OK)
		err = breakdown(hdf, "Stats.Type", STMT_STAT_TYPE, r,
		    applicant_types, applicant_type_labels);
	return nerr_pass(err);
}

/*
 * Stats.Steps.N for each SOP step of the version in force that has a
 * standard: no, activity, time_text, n (steps ended in the range),
 * on_time, share_text, median_min/_text, p90_min/_text.
 */
NEOERR *
stats_steps(HDF *hdf, const struct stats_range *r)
{
	char prefix[64], text[16];
	HDF *rows = NULL, *step, *row, *found;
	NEOERR *err;
	long n, on_time;
	int no, i = 0;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = range_rows(STMT_STAT_STEPS, r, rows, "R");
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_STAT_STEP_NAMES, NULL, 0, rows, "S",
		    NULL);
	for (step = hdf_get_child(rows, "S"); err == STATUS_OK &&
	    step != NULL; step = hdf_obj_next(step)) {
		no = hdf_get_int_value(step, "no", 0);
		found = NULL;
		for (row = hdf_get_child(rows, "R"); row != NULL && found == NULL;
		    row = hdf_obj_next(row))
			if (hdf_get_int_value(row, "step_no", 0) == no)
				found = row;
		n = found != NULL ? hdf_get_int_value(found, "n", 0) : 0;
		on_time = found != NULL ? hdf_get_int_value(found, "on_time", 0) :
		    0;
		snprintf(prefix, sizeof(prefix), "Stats.Steps.%d", i++);
		share_text(on_time, n, text, sizeof(text));
		err = set_long(hdf, prefix, "no", no);
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "activity",
			    hdf_get_value(step, "activity", ""));
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "time_text",
			    hdf_get_value(step, "time_text", ""));
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "n", n);
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "on_time", on_time);
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "share_text", text);
		if (err == STATUS_OK)
			err = set_percentiles(hdf, prefix, found);
	}
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/*
 * Stats.Officers.N, most steps first: name, role_label, n (steps ended in
 * the range), on_time, share_text, work_text (working time spent).
 */
NEOERR *
stats_officers(HDF *hdf, const struct stats_range *r)
{
	char prefix[64], text[64];
	HDF *rows = NULL, *row;
	NEOERR *err;
	enum role role;
	int i = 0;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = range_rows(STMT_STAT_OFFICERS, r, rows, "R");
	for (row = hdf_get_child(rows, "R"); err == STATUS_OK && row != NULL;
	    row = hdf_obj_next(row)) {
		snprintf(prefix, sizeof(prefix), "Stats.Officers.%d", i++);
		err = set_text(hdf, prefix, "name", hdf_get_value(row, "name",
		    ""));
		if (err == STATUS_OK && role_parse(hdf_get_value(row, "role", ""),
		    &role) == 0)
			err = set_text(hdf, prefix, "role_label",
			    role_label(role));
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "n", hdf_get_int_value(row,
			    "n", 0));
		if (err == STATUS_OK)
			err = set_long(hdf, prefix, "on_time",
			    hdf_get_int_value(row, "on_time", 0));
		share_text(hdf_get_int_value(row, "on_time", 0),
		    hdf_get_int_value(row, "n", 0), text, sizeof(text));
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "share_text", text);
		clock_text(strtoll(hdf_get_value(row, "work", "0"), NULL, 10),
		    text, sizeof(text));
		if (err == STATUS_OK)
			err = set_text(hdf, prefix, "work_text", text);
	}
	hdf_destroy(&rows);
	return nerr_pass(err);
}
