/* page_dashboard.c: the leaders' dashboard: requests by month, kecamatan, aspect and type, the steps' times against their standards, the officers' workload. */
#include "sibina.h"

#include "pages.h"

/* The bars that share a scale: received and finished; median and p90. */
static const char *const month_bars[] = { "received", "finished" };
static const char *const step_bars[] = { "median_min", "p90_min" };

/* Every figure of the range, with the lengths of their charts' bars. */
static NEOERR *
dashboard_fill(struct req *r, const struct stats_range *range)
{
	NEOERR *err;

	err = stats_months(r->hdf, range);
	if (err == STATUS_OK)
		err = stats_breakdowns(r->hdf, range);
	if (err == STATUS_OK)
		err = stats_steps(r->hdf, range);
	if (err == STATUS_OK)
		err = stats_officers(r->hdf, range);
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
	return nerr_pass(err);
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
	struct stats_range range;
	NEOERR *err;
	int nerrors = 0;

	err = hdf_set_value(r->hdf, "Page.Title", "Dasbor");
	if (err == STATUS_OK)
		err = stats_form(r->hdf, &range, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors > 0) {
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = resp_page_status(r, HTTP_UNPROCESSABLE,
			    "admin_dashboard.cs");
		return nerr_pass(err);
	}
	err = dashboard_fill(r, &range);
	if (err == STATUS_OK)
		err = resp_page(r, "admin_dashboard.cs");
	return nerr_pass(err);
}
