/* page_dashboard.c: the leaders' dashboard: requests by month, kecamatan, aspect and type, the steps' times against their standards, the officers' workload. */
#include "sibina.h"

#include <stdio.h>

#include "pages.h"

/* The bars that share a scale: received and finished; median and p90. */
static const char *const month_bars[] = { "received", "finished" };
static const char *const step_bars[] = { "median_min", "p90_min" };

/*
 * Every figure of the range in Form.dari .. Form.sampai (checked before),
 * with the lengths of their charts' bars.
 */
static NEOERR *
dashboard_fill(struct req *r)
{
	struct stats_range range;
	NEOERR *err;

	if (stats_range(hdf_get_value(r->hdf, "Form.dari", ""),
	    hdf_get_value(r->hdf, "Form.sampai", ""), &range) != 0)
		return nerr_raise(NERR_ASSERT, "%s", "range not checked");
	err = stats_months(r->hdf, &range);
	if (err == STATUS_OK)
		err = stats_breakdowns(r->hdf, &range);
	if (err == STATUS_OK)
		err = stats_steps(r->hdf, &range);
	if (err == STATUS_OK)
		err = stats_officers(r->hdf, &range);
	if (err == STATUS_OK)
		err = chart_scale_keys(r->hdf, "Stats.Months", month_bars, 2);
	if (err == STATUS_OK)
		err = chart_scale(r->hdf, "Stats.Kecamatan", "n");
	if (err == STATUS_OK)
		err = chart_scale(r->hdf, "Stats.Aspect", "n");
	if (err == STATUS_OK)
		err = chart_scale(r->hdf, "Stats.Type", "n");
	if (err == STATUS_OK)
		err = chart_scale_keys(r->hdf, "Stats.Steps", step_bars, 2);
	if (err == STATUS_OK)
		err = chart_scale(r->hdf, "Stats.Officers", "n");
	/* The survey's index and comments (survey.c). */
	if (err == STATUS_OK)
		err = survey_figures(r->hdf, &range, 1);
	return nerr_pass(err);
}

/*
 * The figures of the range (templates/admin_dashboard_figures.cs): a
 * worker keeps them per range for one version of the published content
 * (the steps' names) and one of the requests (sess_load reads it), so a
 * dashboard asked again before a case moves costs no statement of its
 * own.
 */
static NEOERR *
figures(struct req *r, const struct stats_range *range,
    const struct cached_page **out)
{
	unsigned long long content;
	char key[96];
	NEOERR *err;

	err = db_ready(&content);
	if (err != STATUS_OK)
		return nerr_pass(err);
	snprintf(key, sizeof(key), "dasbor %s %s %llu", range->from, range->to,
	    content);
	return nerr_pass(resp_kept(r, key, r->user.case_version, dashboard_fill,
	    "admin_dashboard_figures.cs", out));
}

/*
 * GET /admin/dasbor?dari=YYYY-MM&sampai=YYYY-MM: the dashboard of the
 * range (by default this year so far); a wrong range is the form again
 * (422) with a message per field. The figures come from sql/011's
 * tables, whose size grows with the months, not with the cases.
 */
NEOERR *
page_dashboard(struct req *r)
{
	const struct cached_page *part = NULL;
	struct stats_range range;
	const char *body;
	size_t len;
	NEOERR *err;
	int answered = 0;

	err = hdf_set_value(r->hdf, "Page.Title", "Dasbor");
	if (err == STATUS_OK)
		err = stats_form_page(r, "admin_dashboard.cs", &range, &answered);
	if (err != STATUS_OK || answered)
		return nerr_pass(err);
	err = figures(r, &range, &part);
	if (err != STATUS_OK)
		return nerr_pass(err);
	body = cached_body(part, &len);
	return nerr_pass(resp_page_part(r, "admin_dashboard.cs", body, len));
}
