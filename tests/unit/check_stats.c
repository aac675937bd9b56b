/* check_stats.c: unit tests of the statistics' month ranges (stats.c), their range form (stats_form.c) and chart bars (chart.c); the figures themselves are checked over HTTP (tests/http/stats.test.js). */
#include "sibina.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unit.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(range_of_good_months)
{
	struct stats_range r;

	ck_assert_int_eq(stats_range("2026-01", "2026-12", &r), 0);
	ck_assert_int_eq(r.y0, 2026);
	ck_assert_int_eq(r.m0, 1);
	ck_assert_int_eq(r.y1, 2026);
	ck_assert_int_eq(r.m1, 12);
	ck_assert_str_eq(r.from, "2026-01-01");
	ck_assert_str_eq(r.to, "2026-12-01");
	ck_assert_int_eq(stats_range("2019-03", "2019-03", &r), 0);
	ck_assert_str_eq(r.from, "2019-03-01");
	ck_assert_str_eq(r.to, "2019-03-01");
	/* Across a year's end. */
	ck_assert_int_eq(stats_range("2025-11", "2026-02", &r), 0);
	ck_assert_str_eq(r.from, "2025-11-01");
	ck_assert_str_eq(r.to, "2026-02-01");
}
END_TEST

START_TEST(range_of_bad_format_is_refused)
{
	static const char *const bad[] = { "", "2026", "2026-1", "2026-13",
	    "2026-00", "26-01", "2026-01-01", "2026/01", "2026-1a", "abcd-ef",
	    "2026- 1", "2026-+1", " 2026-1", "+026-01", "1999-12", "2026-01x",
	    "３０２６-01" };
	struct stats_range r;
	size_t i;

	for (i = 0; i < N(bad); i++) {
		ck_assert_msg(stats_range(bad[i], "2026-12", &r) == -1,
		    "from %s", bad[i]);
		ck_assert_msg(stats_range("2026-01", bad[i], &r) == -1,
		    "to %s", bad[i]);
	}
}
END_TEST

START_TEST(range_reversed_is_refused)
{
	struct stats_range r;

	ck_assert_int_eq(stats_range("2026-02", "2026-01", &r), -1);
	ck_assert_int_eq(stats_range("2026-01", "2025-12", &r), -1);
}
END_TEST

START_TEST(range_of_120_months_at_most)
{
	struct stats_range r;

	ck_assert_int_eq(stats_range("2016-01", "2025-12", &r), 0);
	ck_assert_int_eq(stats_range("2016-01", "2026-01", &r), -1);
	ck_assert_int_eq(stats_range("2000-01", "2999-12", &r), -1);
}
END_TEST

/* stats_form: the range form of the pages, on an HDF of its query. */
static HDF *
query(const char *dari, const char *sampai)
{
	HDF *hdf = NULL;

	ck_assert(hdf_init(&hdf) == STATUS_OK);
	if (dari != NULL)
		ck_assert(hdf_set_value(hdf, "Query.dari", dari) == STATUS_OK);
	if (sampai != NULL)
		ck_assert(hdf_set_value(hdf, "Query.sampai", sampai) ==
		    STATUS_OK);
	return hdf;
}

START_TEST(form_defaults_to_this_year_so_far)
{
	char first[8], now[8];
	struct stats_range r;
	struct tm tm;
	HDF *hdf = query(NULL, "");
	int n = 0;

	wib_now(&tm);
	strftime(first, sizeof(first), "%Y-01", &tm);
	strftime(now, sizeof(now), "%Y-%m", &tm);
	ck_assert(stats_form(hdf, &r, &n) == STATUS_OK);
	ck_assert_int_eq(n, 0);
	ck_assert_str_eq(hdf_get_value(hdf, "Form.dari", ""), first);
	ck_assert_str_eq(hdf_get_value(hdf, "Form.sampai", ""), now);
	ck_assert_int_eq(r.y0, tm.tm_year + 1900);
	ck_assert_int_eq(r.m0, 1);
	ck_assert_int_eq(r.m1, tm.tm_mon + 1);
	hdf_destroy(&hdf);
}
END_TEST

START_TEST(form_takes_a_good_range_with_spaces)
{
	struct stats_range r;
	HDF *hdf = query(" 2019-03 ", "2019-04\t");
	int n = 0;

	ck_assert(stats_form(hdf, &r, &n) == STATUS_OK);
	ck_assert_int_eq(n, 0);
	ck_assert_str_eq(r.from, "2019-03-01");
	ck_assert_str_eq(r.to, "2019-04-01");
	ck_assert_str_eq(hdf_get_value(hdf, "Form.dari", ""), "2019-03");
	hdf_destroy(&hdf);
}
END_TEST

START_TEST(form_gives_a_message_per_wrong_field)
{
	struct stats_range r;
	HDF *hdf = query("maret", "2019-13");
	int n = 0;

	ck_assert(stats_form(hdf, &r, &n) == STATUS_OK);
	ck_assert_int_eq(n, 2);
	ck_assert_ptr_nonnull(hdf_get_obj(hdf, "Form.Error.dari"));
	ck_assert_ptr_nonnull(hdf_get_obj(hdf, "Form.Error.sampai"));
	/* The input is kept, to be shown again. */
	ck_assert_str_eq(hdf_get_value(hdf, "Form.dari", ""), "maret");
	ck_assert_str_eq(hdf_get_value(hdf, "Form.sampai", ""), "2019-13");
	hdf_destroy(&hdf);
}
END_TEST

START_TEST(form_refuses_reversed_and_long_ranges_at_sampai)
{
	struct stats_range r;
	HDF *hdf = query("2019-03", "2019-02");
	int n = 0;

	ck_assert(stats_form(hdf, &r, &n) == STATUS_OK);
	ck_assert_int_eq(n, 1);
	ck_assert_ptr_null(hdf_get_obj(hdf, "Form.Error.dari"));
	ck_assert_ptr_nonnull(strstr(hdf_get_value(hdf, "Form.Error.sampai",
	    ""), "sebelum"));
	hdf_destroy(&hdf);
	hdf = query("2010-01", "2020-01");
	n = 0;
	ck_assert(stats_form(hdf, &r, &n) == STATUS_OK);
	ck_assert_int_eq(n, 1);
	ck_assert_ptr_nonnull(strstr(hdf_get_value(hdf, "Form.Error.sampai",
	    ""), "120 bulan"));
	hdf_destroy(&hdf);
}
END_TEST

/* chart.c: bars as per-mille of the largest value, on one scale. */
START_TEST(chart_bars_are_per_mille_of_the_largest)
{
	static const char *const keys[] = { "a", "b" };
	HDF *hdf = NULL;

	ck_assert(hdf_init(&hdf) == STATUS_OK);
	hdf_set_value(hdf, "R.0.n", "8");
	hdf_set_value(hdf, "R.1.n", "2");
	hdf_set_value(hdf, "R.2.n", "0");
	hdf_set_value(hdf, "R.3.n", "-1");
	hdf_set_value(hdf, "R.4.n", "1");
	hdf_set_value(hdf, "R.5.n", "3");
	ck_assert(chart_scale(hdf, "R", "n") == STATUS_OK);
	ck_assert_str_eq(hdf_get_value(hdf, "R.0.bar", ""), "1000");
	ck_assert_str_eq(hdf_get_value(hdf, "R.1.bar", ""), "250");
	ck_assert_str_eq(hdf_get_value(hdf, "R.2.bar", ""), "0");
	ck_assert_str_eq(hdf_get_value(hdf, "R.3.bar", ""), "0");
	ck_assert_str_eq(hdf_get_value(hdf, "R.4.bar", ""), "125");
	/* 3/8 = 375 per mille. */
	ck_assert_str_eq(hdf_get_value(hdf, "R.5.bar", ""), "375");
	/* Two keys share the scale of the larger. */
	hdf_set_value(hdf, "S.0.a", "10");
	hdf_set_value(hdf, "S.0.b", "40");
	hdf_set_value(hdf, "S.1.a", "1");
	hdf_set_value(hdf, "S.1.b", "0");
	ck_assert(chart_scale_keys(hdf, "S", keys, 2) == STATUS_OK);
	ck_assert_str_eq(hdf_get_value(hdf, "S.0.bar_a", ""), "250");
	ck_assert_str_eq(hdf_get_value(hdf, "S.0.bar_b", ""), "1000");
	/* 1/40 = 25 per mille. */
	ck_assert_str_eq(hdf_get_value(hdf, "S.1.bar_a", ""), "25");
	ck_assert_str_eq(hdf_get_value(hdf, "S.1.bar_b", ""), "0");
	hdf_destroy(&hdf);
}
END_TEST

START_TEST(chart_bars_of_nothing_are_empty_and_small_ones_visible)
{
	HDF *hdf = NULL;

	ck_assert(hdf_init(&hdf) == STATUS_OK);
	hdf_set_value(hdf, "Z.0.n", "0");
	hdf_set_value(hdf, "Z.1.n", "0");
	ck_assert(chart_scale(hdf, "Z", "n") == STATUS_OK);
	ck_assert_str_eq(hdf_get_value(hdf, "Z.0.bar", ""), "0");
	ck_assert_str_eq(hdf_get_value(hdf, "Z.1.bar", ""), "0");
	/* 1 of 10000 would be 0 per mille: it is drawn at the shortest. */
	hdf_set_value(hdf, "T.0.n", "10000");
	hdf_set_value(hdf, "T.1.n", "1");
	ck_assert(chart_scale(hdf, "T", "n") == STATUS_OK);
	ck_assert_int_gt(atoi(hdf_get_value(hdf, "T.1.bar", "0")), 0);
	/* No rows: nothing to do. */
	ck_assert(chart_scale(hdf, "None", "n") == STATUS_OK);
	hdf_destroy(&hdf);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("stats");
	TCase *range = tcase_create("range");
	TCase *form = tcase_create("form"), *chart = tcase_create("chart");

	if (errors_init() != STATUS_OK)
		return 1;
	tcase_add_test(range, range_of_good_months);
	tcase_add_test(range, range_of_bad_format_is_refused);
	tcase_add_test(range, range_reversed_is_refused);
	tcase_add_test(range, range_of_120_months_at_most);
	tcase_add_test(form, form_defaults_to_this_year_so_far);
	tcase_add_test(form, form_takes_a_good_range_with_spaces);
	tcase_add_test(form, form_gives_a_message_per_wrong_field);
	tcase_add_test(form, form_refuses_reversed_and_long_ranges_at_sampai);
	tcase_add_test(chart, chart_bars_are_per_mille_of_the_largest);
	tcase_add_test(chart, chart_bars_of_nothing_are_empty_and_small_ones_visible);
	suite_add_tcase(s, range);
	suite_add_tcase(s, form);
	suite_add_tcase(s, chart);
	return unit_run(s);
}
