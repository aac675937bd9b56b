/* page_stats.c: the public statistics: requests received and finished, the share within standard and the median time, by month. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>

#include "pages.h"

/* The keys of the month chart's two bars, on one scale. */
static const char *const month_bars[] = { "received", "finished" };

/* The figures of the range in Form.dari .. Form.sampai (checked before). */
static NEOERR *
fill_stats(struct req *r)
{
	struct stats_range range;
	NEOERR *err;

	if (stats_range(hdf_get_value(r->hdf, "Form.dari", ""),
	    hdf_get_value(r->hdf, "Form.sampai", ""), &range) != 0)
		return nerr_raise(NERR_ASSERT, "%s", "range not checked");
	err = stats_months(r->hdf, &range);
	if (err == STATUS_OK)
		err = chart_scale_keys(r->hdf, "Stats.Months", month_bars, 2);
	/* The survey's index (survey.c); a response bumps case_version. */
	if (err == STATUS_OK)
		err = survey_figures(r->hdf, &range, 0);
	return nerr_pass(err);
}

/*
 * GET /statistik?dari=YYYY-MM&sampai=YYYY-MM: the figures of the range
 * (by default this year so far), from the worker's cache while neither
 * the published content nor any request changed; a wrong range is the
 * form again (422) with a message per field.
 */
NEOERR *
page_stats(struct req *r)
{
	char key[64];
	unsigned long long cases;
	struct stats_range range;
	HDF *rows = NULL;
	NEOERR *err;
	int answered = 0;

	err = hdf_set_value(r->hdf, "Page.Title", "Statistik Layanan");
	if (err == STATUS_OK)
		err = stats_form_page(r, "stats.cs", &range, &answered);
	if (err != STATUS_OK || answered)
		return nerr_pass(err);
	/* The schema first (503 while it is not this program's). */
	err = db_ready(&cases);
	if (err == STATUS_OK)
		err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = db_rows_to_hdf(STMT_STATS_CASE_VERSION, NULL, 0, rows, "V", NULL);
	cases = strtoull(hdf_get_value(rows, "V.0.n", "0"), NULL, 10);
	hdf_destroy(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	snprintf(key, sizeof(key), "/statistik?%s_%s", range.from, range.to);
	return nerr_pass(resp_cached_page_key(r, key, cases, fill_stats,
	    "stats.cs"));
}
