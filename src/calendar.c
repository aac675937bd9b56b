/* calendar.c: the office's working calendar (office hours, holidays) read from the database, kept by each worker for one content version. */
#include "sibina.h"

#include <stdlib.h>
#include <string.h>

static struct clock_cal cal;
static unsigned long long cal_version;
static int cal_loaded;

/* Fills cal from the office_hours and holiday tables. */
static NEOERR *
calendar_load(void)
{
	struct clock_cal fresh;
	HDF *rows = NULL, *row;
	NEOERR *err;
	long *days = NULL;
	size_t n = 0, max = 0;
	int wd, i;

	memset(&fresh, 0, sizeof(fresh));
	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_CALENDAR_HOURS, NULL, 0, rows, "H",
		    NULL);
	for (row = hdf_get_child(rows, "H"); err == STATUS_OK && row != NULL;
	    row = hdf_obj_next(row)) {
		wd = hdf_get_int_value(row, "weekday", 0);
		if (wd < 1 || wd > 7 || fresh.nspans[wd] >= CLOCK_SPANS_MAX)
			continue;
		i = fresh.nspans[wd]++;
		fresh.span[wd][i].open = hdf_get_int_value(row, "open_s", 0);
		fresh.span[wd][i].close = hdf_get_int_value(row, "close_s", 0);
	}
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_CALENDAR_HOLIDAYS, NULL, 0, rows, "D",
		    NULL);
	for (row = hdf_get_child(rows, "D"); err == STATUS_OK && row != NULL;
	    row = hdf_obj_next(row)) {
		if (n == max) {
			long *more;

			max = max > 0 ? max * 2 : 64;
			more = realloc(days, max * sizeof(long));
			if (more == NULL) {
				err = nerr_raise(NERR_NOMEM, "%s", "holidays");
				break;
			}
			days = more;
		}
		days[n++] = hdf_get_int_value(row, "day", 0);
	}
	hdf_destroy(&rows);
	if (err != STATUS_OK) {
		free(days);
		return nerr_pass(err);
	}
	free(cal.holidays);
	cal = fresh;
	cal.holidays = days;
	cal.nholidays = n;
	clock_cal_sort(&cal);
	return STATUS_OK;
}

/*
 * The calendar in force. Office hours and holidays bump the content
 * version (sql/010's triggers), so a worker reads them again when it
 * changes, and after calendar_changed.
 */
NEOERR *
calendar_get(const struct clock_cal **out)
{
	unsigned long long version;
	NEOERR *err;

	*out = NULL;
	err = db_ready(&version);
	if (err == STATUS_OK && (!cal_loaded || version != cal_version)) {
		err = calendar_load();
		if (err == STATUS_OK) {
			cal_loaded = 1;
			cal_version = version;
		}
	}
	if (err == STATUS_OK)
		*out = &cal;
	return nerr_pass(err);
}

/*
 * After a change to the calendar, inside its transaction: reads it as the
 * transaction sees it and sets anew when the step of every waiting case
 * runs out. The worker reads the calendar again at its next use.
 */
NEOERR *
calendar_changed(void)
{
	HDF *rows = NULL, *row;
	NEOERR *err;

	cal_loaded = 0;
	err = calendar_load();
	if (err != STATUS_OK)
		return nerr_pass(err);
	cal_loaded = 1;
	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_CASES_WAITING, NULL, 0, rows, "W",
		    NULL);
	for (row = hdf_get_child(rows, "W"); err == STATUS_OK && row != NULL;
	    row = hdf_obj_next(row))
		err = timing_step_begin(strtoll(hdf_get_value(row, "id", "0"),
		    NULL, 10));
	hdf_destroy(&rows);
	/* Read again once committed (or rolled back). */
	cal_loaded = 0;
	return nerr_pass(err);
}

void
calendar_free(void)
{
	free(cal.holidays);
	memset(&cal, 0, sizeof(cal));
	cal_loaded = 0;
}
