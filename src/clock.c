/* clock.c: working time: the seconds of office hours on working days between two instants, and the instant a step's time standard runs out. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The office keeps WIB, UTC+7 all year (Indonesia has no daylight saving
 * time), so a local day is a plain count of 86400 seconds from an offset
 * and no time zone database is needed.
 */
#define WIB_OFFSET (7 * 3600)
#define DAY_SECONDS 86400

/* How far ahead a standard is looked for before giving up: ten years. */
#define HORIZON_DAYS 3660

/* The local day (days since 1970-01-01 WIB) an instant falls on. */
long
clock_day(time_t t)
{
	long long s = (long long)t + WIB_OFFSET;

	return (long)(s >= 0 ? s / DAY_SECONDS :
	    -((-s + DAY_SECONDS - 1) / DAY_SECONDS));
}

/* The instant a local day begins (00.00 WIB). */
time_t
clock_day_start(long day)
{
	return (time_t)((long long)day * DAY_SECONDS - WIB_OFFSET);
}

/* ISO weekday of a local day: 1 Senin .. 7 Minggu (1970-01-01 was a Kamis). */
int
clock_weekday(long day)
{
	return (int)(((day % 7) + 7 + 3) % 7) + 1;
}

static int
day_cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

int
clock_is_holiday(const struct clock_cal *cal, long day)
{
	return cal->nholidays > 0 && bsearch(&day, cal->holidays,
	    cal->nholidays, sizeof(long), day_cmp) != NULL;
}

/* The office's spans of a local day: none on a holiday. */
static int
day_spans(const struct clock_cal *cal, long day, const struct clock_span **out)
{
	int wd = clock_weekday(day);

	*out = cal->span[wd];
	return clock_is_holiday(cal, day) ? 0 : cal->nspans[wd];
}

/* Working seconds in [from, to): 0 when to is not after from. */
long long
clock_work(const struct clock_cal *cal, time_t from, time_t to)
{
	const struct clock_span *sp;
	long day, last;
	long long total = 0;
	time_t base, a, b;
	int i, n;

	if (to <= from)
		return 0;
	last = clock_day(to - 1);
	for (day = clock_day(from); day <= last; day++) {
		n = day_spans(cal, day, &sp);
		base = clock_day_start(day);
		for (i = 0; i < n; i++) {
			a = base + sp[i].open > from ? base + sp[i].open : from;
			b = base + sp[i].close < to ? base + sp[i].close : to;
			if (b > a)
				total += b - a;
		}
	}
	return total;
}

/*
 * The instant at which seconds of working time have passed since from
 * (from itself for none): the end of a span when the time runs out with
 * it. (time_t)-1 when the calendar has no such time within ten years.
 */
time_t
clock_add(const struct clock_cal *cal, time_t from, long long seconds)
{
	const struct clock_span *sp;
	long day, first;
	time_t base, a, b;
	int i, n;

	if (seconds <= 0)
		return from;
	first = clock_day(from);
	for (day = first; day < first + HORIZON_DAYS; day++) {
		n = day_spans(cal, day, &sp);
		base = clock_day_start(day);
		for (i = 0; i < n; i++) {
			a = base + sp[i].open > from ? base + sp[i].open : from;
			b = base + sp[i].close;
			if (b <= a)
				continue;
			if (b - a >= seconds)
				return a + (time_t)seconds;
			seconds -= b - a;
		}
	}
	return (time_t)-1;
}

/*
 * The close of office on the days-th working day counted from from: the
 * day of from counts when the office still works after from. (time_t)-1
 * when there is no such day within ten years.
 */
time_t
clock_days_end(const struct clock_cal *cal, time_t from, int days)
{
	const struct clock_span *sp;
	long day, first;
	time_t end;
	int n;

	if (days <= 0)
		return from;
	first = clock_day(from);
	for (day = first; day < first + HORIZON_DAYS; day++) {
		n = day_spans(cal, day, &sp);
		if (n == 0)
			continue;
		end = clock_day_start(day) + sp[n - 1].close;
		if (end > from && --days == 0)
			return end;
	}
	return (time_t)-1;
}

/*
 * When a step's standard (amount of unit: "minute", "hour", "day",
 * "workday") runs out for a clock that started at start. A day of the SOP
 * is a working day: the standard runs out when the office closes on the
 * amount-th working day. (time_t)-1 for a step without a standard (or a
 * calendar that never works).
 */
time_t
clock_due(const struct clock_cal *cal, time_t start, int amount,
    const char *unit)
{
	if (amount <= 0 || unit == NULL)
		return (time_t)-1;
	if (strcmp(unit, "minute") == 0)
		return clock_add(cal, start, (long long)amount * 60);
	if (strcmp(unit, "hour") == 0)
		return clock_add(cal, start, (long long)amount * 3600);
	if (strcmp(unit, "day") == 0 || strcmp(unit, "workday") == 0)
		return clock_days_end(cal, start, amount);
	return (time_t)-1;
}

/*
 * A step's state from the working time used and the working time its
 * standard gives: late past it, due soon from 80 % of it, else on time.
 */
enum clock_state
clock_state(long long used, long long standard)
{
	if (used > standard)
		return CLOCK_LATE;
	if (used * 5 >= standard * 4)
		return CLOCK_DUE_SOON;
	return CLOCK_ON_TIME;
}

/* Sorts the holidays and drops repeats, for clock_is_holiday. */
void
clock_cal_sort(struct clock_cal *cal)
{
	size_t i, n = 0;

	if (cal->nholidays == 0)
		return;
	qsort(cal->holidays, cal->nholidays, sizeof(long), day_cmp);
	for (i = 0; i < cal->nholidays; i++)
		if (n == 0 || cal->holidays[n - 1] != cal->holidays[i])
			cal->holidays[n++] = cal->holidays[i];
	cal->nholidays = n;
}

/* Writes working time as people say it: "5 menit", "2 jam 15 menit". */
void
clock_text(long long seconds, char *out, size_t len)
{
	long long m = seconds / 60, h = m / 60;

	if (m < 1)
		snprintf(out, len, "kurang dari 1 menit");
	else if (h > 0 && m % 60 > 0)
		snprintf(out, len, "%lld jam %lld menit", h, m % 60);
	else if (h > 0)
		snprintf(out, len, "%lld jam", h);
	else
		snprintf(out, len, "%lld menit", m);
}
