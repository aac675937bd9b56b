/* check_clock.c: unit tests of the working-time arithmetic (clock.c), against a counter that walks minute by minute. */
#include "sibina.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

/* Days from 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
static long
civil_day(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* An instant given in WIB. */
static time_t
wib(int y, int mo, int d, int h, int mi)
{
	return clock_day_start(civil_day(y, mo, d)) + h * 3600 + mi * 60;
}

static long holidays[64];

/*
 * The shipped calendar (sql/010): Senin-Kamis 07.30-12.00 and 13.00-16.00,
 * Jumat 07.30-11.30 and 13.30-16.30; the holidays of 2026 and 1 January
 * 2027.
 */
static void
office_cal(struct clock_cal *cal)
{
	static const int days[][3] = {
		{ 2026, 1, 1 }, { 2026, 1, 16 }, { 2026, 2, 16 },
		{ 2026, 2, 17 }, { 2026, 3, 18 }, { 2026, 3, 19 },
		{ 2026, 3, 20 }, { 2026, 3, 21 }, { 2026, 3, 22 },
		{ 2026, 3, 23 }, { 2026, 3, 24 }, { 2026, 4, 3 },
		{ 2026, 4, 5 }, { 2026, 5, 1 }, { 2026, 5, 14 },
		{ 2026, 5, 15 }, { 2026, 5, 27 }, { 2026, 5, 28 },
		{ 2026, 5, 31 }, { 2026, 6, 1 }, { 2026, 6, 16 },
		{ 2026, 8, 17 }, { 2026, 8, 25 }, { 2026, 12, 24 },
		{ 2026, 12, 25 }, { 2027, 1, 1 },
	};
	size_t i;
	int wd;

	memset(cal, 0, sizeof(*cal));
	for (wd = 1; wd <= 4; wd++) {
		cal->nspans[wd] = 2;
		cal->span[wd][0] = (struct clock_span){ 7 * 3600 + 1800, 12 * 3600 };
		cal->span[wd][1] = (struct clock_span){ 13 * 3600, 16 * 3600 };
	}
	cal->nspans[5] = 2;
	cal->span[5][0] = (struct clock_span){ 7 * 3600 + 1800, 11 * 3600 + 1800 };
	cal->span[5][1] = (struct clock_span){ 13 * 3600 + 1800, 16 * 3600 + 1800 };
	for (i = 0; i < sizeof(days) / sizeof(days[0]); i++)
		holidays[i] = civil_day(days[i][0], days[i][1], days[i][2]);
	cal->holidays = holidays;
	cal->nholidays = i;
	clock_cal_sort(cal);
}

/* A calendar drawn at random: any weekday 0-4 spans (whole minutes), 40 holidays. */
static void
random_cal(struct clock_cal *cal)
{
	int wd, i, n, t;

	memset(cal, 0, sizeof(*cal));
	for (wd = 1; wd <= 7; wd++) {
		n = rand() % 5;
		t = rand() % 120 * 60;
		for (i = 0; i < n && t < 86000; i++) {
			cal->span[wd][i].open = t;
			t += 60 + rand() % (5 * 60) * 60;
			if (t > 86400)
				t = 86400;
			cal->span[wd][i].close = t;
			cal->nspans[wd]++;
			t += 60 + rand() % 60 * 60;
		}
	}
	for (i = 0; i < 40; i++)
		holidays[i] = civil_day(2026, 1, 1) - 30 + rand() % 460;
	cal->holidays = holidays;
	cal->nholidays = 40;
	clock_cal_sort(cal);
}

/* Is local day a holiday? Looked up the slow way. */
static int
brute_holiday(const struct clock_cal *cal, long day)
{
	size_t h;

	for (h = 0; h < cal->nholidays; h++)
		if (cal->holidays[h] == day)
			return 1;
	return 0;
}

/* Working seconds in [from, to), looked at every step seconds. */
static long long
brute_work(const struct clock_cal *cal, time_t from, time_t to, int step)
{
	long long n = 0, local;
	long day, seen = -1;
	int sec, wd, i, off = 0;
	time_t t;

	for (t = from; t < to; t += step) {
		local = (long long)t + 7 * 3600;
		day = (long)(local / 86400);
		sec = (int)(local % 86400);
		if (day != seen) {
			seen = day;
			off = brute_holiday(cal, day);
		}
		if (off)
			continue;
		wd = (int)((day + 3) % 7) + 1;
		for (i = 0; i < cal->nspans[wd]; i++)
			if (sec >= cal->span[wd][i].open &&
			    sec < cal->span[wd][i].close)
				n += step;
	}
	return n;
}

START_TEST(weekday_and_day_of_wib)
{
	/* 2026-11-30 is a Senin; 1970-01-01 a Kamis. */
	ck_assert_int_eq(clock_weekday(civil_day(2026, 11, 30)), 1);
	ck_assert_int_eq(clock_weekday(civil_day(2026, 12, 6)), 7);
	ck_assert_int_eq(clock_weekday(0), 4);
	/* 23.59 WIB is still that day; 00.00 WIB is 17.00 UTC the day before. */
	ck_assert_int_eq(clock_day(wib(2026, 12, 31, 23, 59)),
	    civil_day(2026, 12, 31));
	ck_assert_int_eq(clock_day(wib(2027, 1, 1, 0, 0)),
	    civil_day(2027, 1, 1));
	ck_assert_int_eq((long long)wib(2027, 1, 1, 0, 0), 1798736400LL);
}
END_TEST

START_TEST(work_within_a_day_skips_the_break)
{
	struct clock_cal cal;

	office_cal(&cal);
	/* Senin 30 November 2026: 10.00-14.00 is 2 h worked + 1 h. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 11, 30, 10, 0),
	    wib(2026, 11, 30, 14, 0)), 3 * 3600);
	/* Before opening and after closing count nothing. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 11, 30, 5, 0),
	    wib(2026, 11, 30, 7, 30)), 0);
	ck_assert_int_eq(clock_work(&cal, wib(2026, 11, 30, 16, 0),
	    wib(2026, 11, 30, 23, 0)), 0);
	/* A whole Senin: 4.5 h + 3 h; a whole Jumat: 4 h + 3 h. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 11, 30, 0, 0),
	    wib(2026, 12, 1, 0, 0)), 27000);
	ck_assert_int_eq(clock_work(&cal, wib(2026, 12, 4, 0, 0),
	    wib(2026, 12, 5, 0, 0)), 25200);
	/* Empty and reversed intervals. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 11, 30, 9, 0),
	    wib(2026, 11, 30, 9, 0)), 0);
	ck_assert_int_eq(clock_work(&cal, wib(2026, 11, 30, 10, 0),
	    wib(2026, 11, 30, 9, 0)), 0);
}
END_TEST

START_TEST(work_over_a_night_a_weekend_and_a_holiday)
{
	struct clock_cal cal;

	office_cal(&cal);
	/* Kamis 15.50 to Jumat 07.40: 10 min + 10 min. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 12, 3, 15, 50),
	    wib(2026, 12, 4, 7, 40)), 20 * 60);
	/* Jumat 16.20 to Senin 07.35: 10 min + 5 min. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 12, 4, 16, 20),
	    wib(2026, 12, 7, 7, 35)), 15 * 60);
	/*
	 * Rabu 23 December 15.00 to Senin 28 December 08.00: 1 h on Rabu;
	 * Kamis 24 (cuti bersama) and Jumat 25 (Natal) off; the weekend;
	 * 30 min on Senin.
	 */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 12, 23, 15, 0),
	    wib(2026, 12, 28, 8, 0)), 90 * 60);
	/* Idul Fitri: Kamis 19 to Rabu 25 March 2026 are all off. */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 3, 18, 0, 0),
	    wib(2026, 3, 25, 0, 0)), 0);
}
END_TEST

START_TEST(work_over_the_year_boundary)
{
	struct clock_cal cal;

	office_cal(&cal);
	/*
	 * Kamis 31 December 2026 15.00 to Senin 4 January 2027 08.30: 1 h on
	 * Kamis, Jumat 1 January off, the weekend, 1 h on Senin.
	 */
	ck_assert_int_eq(clock_work(&cal, wib(2026, 12, 31, 15, 0),
	    wib(2027, 1, 4, 8, 30)), 2 * 3600);
}
END_TEST

START_TEST(add_lands_on_the_right_minute)
{
	struct clock_cal cal;

	office_cal(&cal);
	/* 3 minutes from Senin 11.58: 2 before the break, 1 after it. */
	ck_assert_int_eq((long long)clock_add(&cal, wib(2026, 11, 30, 11, 58),
	    180), (long long)wib(2026, 11, 30, 13, 1));
	/* 15 minutes from Jumat 16.25: 5 on Jumat, 10 on Senin. */
	ck_assert_int_eq((long long)clock_add(&cal, wib(2026, 12, 4, 16, 25),
	    900), (long long)wib(2026, 12, 7, 7, 40));
	/* Time that ends with a span ends at its close, not the next open. */
	ck_assert_int_eq((long long)clock_add(&cal, wib(2026, 11, 30, 11, 0),
	    3600), (long long)wib(2026, 11, 30, 12, 0));
	/* From a night, the clock starts at the next opening. */
	ck_assert_int_eq((long long)clock_add(&cal, wib(2026, 12, 23, 20, 0),
	    300), (long long)wib(2026, 12, 28, 7, 35));
	ck_assert_int_eq((long long)clock_add(&cal, wib(2026, 12, 23, 20, 0),
	    0), (long long)wib(2026, 12, 23, 20, 0));
}
END_TEST

START_TEST(days_end_counts_working_days)
{
	struct clock_cal cal;

	office_cal(&cal);
	/* 1 day from Senin 09.00: Senin's close. */
	ck_assert_int_eq((long long)clock_days_end(&cal, wib(2026, 11, 30, 9,
	    0), 1), (long long)wib(2026, 11, 30, 16, 0));
	/* From Senin 17.00 the day is over: Selasa's close. */
	ck_assert_int_eq((long long)clock_days_end(&cal, wib(2026, 11, 30, 17,
	    0), 1), (long long)wib(2026, 12, 1, 16, 0));
	/* From a Sabtu: Senin; Jumat closes at 16.30. */
	ck_assert_int_eq((long long)clock_days_end(&cal, wib(2026, 12, 5, 9,
	    0), 1), (long long)wib(2026, 12, 7, 16, 0));
	ck_assert_int_eq((long long)clock_days_end(&cal, wib(2026, 12, 4, 8,
	    0), 1), (long long)wib(2026, 12, 4, 16, 30));
	/* 2 days from Rabu 23 December: Rabu, then Senin 28. */
	ck_assert_int_eq((long long)clock_days_end(&cal, wib(2026, 12, 23, 8,
	    0), 2), (long long)wib(2026, 12, 28, 16, 0));
	/* The standards of the SOP. */
	ck_assert_int_eq((long long)clock_due(&cal, wib(2026, 11, 30, 9, 0), 3,
	    "minute"), (long long)wib(2026, 11, 30, 9, 3));
	ck_assert_int_eq((long long)clock_due(&cal, wib(2026, 11, 30, 15, 30),
	    1, "hour"), (long long)wib(2026, 12, 1, 8, 0));
	ck_assert_int_eq((long long)clock_due(&cal, wib(2026, 12, 5, 0, 0), 1,
	    "day"), (long long)wib(2026, 12, 7, 16, 0));
	ck_assert_int_eq((long long)clock_due(&cal, wib(2026, 12, 5, 0, 0), 1,
	    "workday"), (long long)wib(2026, 12, 7, 16, 0));
	ck_assert_int_eq((long long)clock_due(&cal, wib(2026, 12, 5, 0, 0), 0,
	    "minute"), -1);
	ck_assert_int_eq((long long)clock_due(&cal, wib(2026, 12, 5, 0, 0), 1,
	    "fortnight"), -1);
}
END_TEST

START_TEST(a_calendar_that_never_works_has_no_due)
{
	struct clock_cal cal;

	memset(&cal, 0, sizeof(cal));
	ck_assert_int_eq(clock_work(&cal, wib(2026, 1, 1, 0, 0),
	    wib(2027, 1, 1, 0, 0)), 0);
	ck_assert_int_eq((long long)clock_add(&cal, wib(2026, 1, 1, 0, 0), 60),
	    -1);
	ck_assert_int_eq((long long)clock_days_end(&cal, wib(2026, 1, 1, 0, 0),
	    1), -1);
}
END_TEST

START_TEST(state_at_80_and_100_percent)
{
	ck_assert_int_eq(clock_state(0, 300), CLOCK_ON_TIME);
	ck_assert_int_eq(clock_state(239, 300), CLOCK_ON_TIME);
	ck_assert_int_eq(clock_state(240, 300), CLOCK_DUE_SOON);
	ck_assert_int_eq(clock_state(300, 300), CLOCK_DUE_SOON);
	ck_assert_int_eq(clock_state(301, 300), CLOCK_LATE);
}
END_TEST

/*
 * Thousands of random minute-aligned intervals of up to 40 days around
 * the year boundary, with the office's calendar and with random ones:
 * clock_work equals the minute-by-minute count, and clock_add is its
 * inverse (the earliest instant with that much work done).
 */
START_TEST(random_intervals_match_the_minute_counter)
{
	struct clock_cal cal;
	time_t lo = wib(2025, 12, 1, 0, 0), from, to, t;
	long long w;
	int i, c;

	srand(20261129);
	for (c = 0; c < 6; c++) {
		if (c == 0)
			office_cal(&cal);
		else
			random_cal(&cal);
		for (i = 0; i < 600; i++) {
			from = lo + (time_t)(rand() % (430 * 1440)) * 60;
			to = from + (time_t)(rand() % (40 * 1440)) * 60;
			w = clock_work(&cal, from, to);
			ck_assert_msg(w == brute_work(&cal, from, to, 60),
			    "calendar %d, interval %d: %lld, counted %lld", c, i, w,
			    brute_work(&cal, from, to, 60));
			if (w == 0)
				continue;
			t = clock_add(&cal, from, w);
			ck_assert_int_le((long long)t, (long long)to);
			ck_assert_int_eq(clock_work(&cal, from, t), w);
			ck_assert_int_lt(clock_work(&cal, from, t - 60), w);
		}
	}
}
END_TEST

/* And to the second, on shorter intervals that start anywhere. */
START_TEST(random_intervals_match_the_second_counter)
{
	struct clock_cal cal;
	time_t lo = wib(2026, 12, 20, 0, 0), from, to;
	int i;

	srand(7);
	office_cal(&cal);
	for (i = 0; i < 300; i++) {
		from = lo + rand() % (20 * 86400);
		to = from + rand() % (3 * 86400);
		ck_assert_int_eq(clock_work(&cal, from, to),
		    brute_work(&cal, from, to, 1));
	}
}
END_TEST

static Suite *
clock_suite(void)
{
	Suite *s = suite_create("clock");
	TCase *tc = tcase_create("clock");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, weekday_and_day_of_wib);
	tcase_add_test(tc, work_within_a_day_skips_the_break);
	tcase_add_test(tc, work_over_a_night_a_weekend_and_a_holiday);
	tcase_add_test(tc, work_over_the_year_boundary);
	tcase_add_test(tc, add_lands_on_the_right_minute);
	tcase_add_test(tc, days_end_counts_working_days);
	tcase_add_test(tc, a_calendar_that_never_works_has_no_due);
	tcase_add_test(tc, state_at_80_and_100_percent);
	tcase_add_test(tc, random_intervals_match_the_minute_counter);
	tcase_add_test(tc, random_intervals_match_the_second_counter);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return unit_run(clock_suite());
}
