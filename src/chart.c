/* chart.c: the lengths of the bars the templates draw (templates/charts.cs), scaled in C. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The shortest bar of a value above nothing, so that it stays visible. */
#define BAR_MIN 4

/* A row's value of key: a whole number, negatives (none) as 0. */
static long
row_value(HDF *row, const char *key)
{
	long v = strtol(hdf_get_value(row, key, "0"), NULL, 10);

	return v > 0 ? v : 0;
}

/*
 * Sets a bar length in every row under prefix for each of the keys: the
 * row's value as a per-mille (0..1000) of the largest value of all the
 * keys over all the rows, so that the bars of one chart share one scale.
 * A value above 0 gets at least BAR_MIN; with no value above 0 every bar
 * is 0. The length is set as bar_<key>, or as bar when single is set.
 */
static NEOERR *
scale(HDF *hdf, const char *prefix, const char *const *keys, size_t nkeys,
    int single)
{
	char name[64], text[24];
	HDF *row;
	NEOERR *err = STATUS_OK;
	long max = 0, v, bar;
	size_t k;

	for (row = hdf_get_child(hdf, prefix); row != NULL;
	    row = hdf_obj_next(row))
		for (k = 0; k < nkeys; k++)
			if ((v = row_value(row, keys[k])) > max)
				max = v;
	for (row = hdf_get_child(hdf, prefix); err == STATUS_OK &&
	    row != NULL; row = hdf_obj_next(row)) {
		for (k = 0; err == STATUS_OK && k < nkeys; k++) {
			v = row_value(row, keys[k]);
			bar = max > 0 ? (v * 1000 + max / 2) / max : 0;
			if (v > 0 && bar < BAR_MIN)
				bar = BAR_MIN;
			if ((size_t)snprintf(name, sizeof(name), "bar_%s",
			    keys[k]) >= sizeof(name))
				return nerr_raise(NERR_ASSERT, "key too long: %s",
				    keys[k]);
			snprintf(text, sizeof(text), "%ld", bar);
			err = hdf_set_value(row, single ? "bar" : name, text);
		}
	}
	return nerr_pass(err);
}

/*
 * Sets each row's bar (Stats.Kecamatan.N.bar, say): its value of key as
 * a per-mille of the largest value of key among the rows of prefix.
 */
NEOERR *
chart_scale(HDF *hdf, const char *prefix, const char *key)
{
	return nerr_pass(scale(hdf, prefix, &key, 1, 1));
}

/*
 * Sets each row's bar_<key> for several keys on one scale (the month's
 * received and finished, say): per-mille of the largest of them all.
 */
NEOERR *
chart_scale_keys(HDF *hdf, const char *prefix, const char *const *keys,
    size_t nkeys)
{
	return nerr_pass(scale(hdf, prefix, keys, nkeys, 0));
}
