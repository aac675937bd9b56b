/* survey.c: the satisfaction survey's figures for a range of months (Stats.Ikm.*), read from survey_response. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>

/* Sets prefix.key to a fixed-point value in the office's notation. */
static NEOERR *
set_decimal(HDF *hdf, const char *prefix, const char *key, long value,
    int decimals)
{
	char name[96], text[32];

	snprintf(name, sizeof(name), "%s.%s", prefix, key);
	ikm_decimal(value, decimals, text, sizeof(text));
	return nerr_pass(hdf_set_value(hdf, name, text));
}

/* Stats.Ikm.Elements: each element's name, mean (NRR) and weighted mean. */
static NEOERR *
set_elements(HDF *hdf, const struct ikm_result *res)
{
	char prefix[64], key[96];
	NEOERR *err = STATUS_OK;
	size_t i;

	for (i = 0; i < IKM_ELEMENTS && err == STATUS_OK; i++) {
		snprintf(prefix, sizeof(prefix), "Stats.Ikm.Elements.%zu", i);
		snprintf(key, sizeof(key), "%s.code", prefix);
		err = hdf_set_value(hdf, key, ikm_elements[i].code);
		snprintf(key, sizeof(key), "%s.no", prefix);
		if (err == STATUS_OK)
			err = hdf_set_int_value(hdf, key, (int)i + 1);
		snprintf(key, sizeof(key), "%s.name", prefix);
		if (err == STATUS_OK)
			err = hdf_set_value(hdf, key, ikm_elements[i].name);
		if (err == STATUS_OK)
			err = set_decimal(hdf, prefix, "mean", res->nrr100[i], 2);
		if (err == STATUS_OK)
			err = set_decimal(hdf, prefix, "weighted",
			    res->weighted1000[i], 3);
	}
	return nerr_pass(err);
}

/*
 * The survey's figures of the months from..to (YYYY-MM-01): Stats.Ikm.n
 * (respondents) and, when there is one, the IKM ("81,4"), its grade and
 * the nine elements' means; with comments, the newest comments of the
 * range (Stats.Ikm.Comments: tracking code, date, text), for the staff.
 */
NEOERR *
survey_figures(HDF *hdf, const struct stats_range *r, int comments)
{
	struct db_arg args[2] = { DB_ARG_STR(r->from), DB_ARG_STR(r->to) };
	struct ikm_sums sums;
	struct ikm_result res;
	char key[16], grade[2];
	HDF *rows = NULL, *row;
	NEOERR *err;
	size_t i;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SURVEY_TOTALS, args, 2, rows, "T",
		    NULL);
	if (err != STATUS_OK)
		goto out;
	row = hdf_get_obj(rows, "T.0");
	sums.n = strtoll(hdf_get_value(row, "n", "0"), NULL, 10);
	for (i = 0; i < IKM_ELEMENTS; i++) {
		snprintf(key, sizeof(key), "s%zu", i + 1);
		sums.sum[i] = strtoll(hdf_get_value(row, key, "0"), NULL, 10);
	}
	err = hdf_set_int_value(hdf, "Stats.Ikm.n", (int)sums.n);
	if (err == STATUS_OK && ikm_compute(&sums, &res) == 0) {
		grade[0] = res.grade;
		grade[1] = '\0';
		err = set_decimal(hdf, "Stats.Ikm", "score", res.score10, 1);
		if (err == STATUS_OK)
			err = set_decimal(hdf, "Stats.Ikm", "score100",
			    res.score100, 2);
		if (err == STATUS_OK)
			err = set_decimal(hdf, "Stats.Ikm", "weighted_sum",
			    res.weighted_sum1000, 3);
		if (err == STATUS_OK)
			err = hdf_set_value(hdf, "Stats.Ikm.grade", grade);
		if (err == STATUS_OK)
			err = hdf_set_value(hdf, "Stats.Ikm.grade_label",
			    res.grade_label);
		if (err == STATUS_OK)
			err = set_elements(hdf, &res);
	}
	if (err == STATUS_OK && comments)
		err = db_rows_to_hdf(STMT_SURVEY_COMMENTS, args, 2, hdf,
		    "Stats.Ikm.Comments", NULL);
out:
	hdf_destroy(&rows);
	return nerr_pass(err);
}
