/* timing.c: the SOP clock of a case: when the clock of its step starts and runs out, and the working time of each step, recorded when it ends. */
#include "sibina.h"

#include <stdlib.h>
#include <string.h>

/* An instant of a row (seconds since 1970; 0 for none), past 2038 too. */
static time_t
epoch(HDF *row, const char *key)
{
	return (time_t)strtoll(hdf_get_value(row, key, "0"), NULL, 10);
}

/*
 * The clock of the step case id waits at: it starts when the case came to
 * the step, and for the coaching not before the date set in the Surat
 * Tugas (waiting for the agreed day does not count against the office);
 * *due is when the step's standard runs out, (time_t)-1 for a step
 * without one. With as_set, the clock as timing_step_begin set it (the
 * inbox showed it), when it was set.
 */
static NEOERR *
step_clock(long long id, int as_set, int *waiting, int *step_no,
    time_t *start, time_t *due)
{
	const struct clock_cal *cal;
	struct db_arg arg = DB_ARG_INT(id);
	time_t from;
	HDF *rows = NULL, *row;
	NEOERR *err;
	int n = 0;

	*waiting = 0;
	*step_no = 0;
	*start = *due = (time_t)-1;
	err = calendar_get(&cal);
	if (err == STATUS_OK)
		err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_CASE_CLOCK, &arg, 1, rows, "C", &n);
	row = hdf_get_obj(rows, "C.0");
	if (err == STATUS_OK && n == 1) {
		*waiting = hdf_get_int_value(row, "waiting", 0);
		*step_no = hdf_get_int_value(row, "step_no", 0);
		if (as_set && epoch(row, "clock_from") > 0) {
			*start = epoch(row, "clock_from");
			if (epoch(row, "due_at") > 0)
				*due = epoch(row, "due_at");
			goto done;
		}
		*start = epoch(row, "since");
		from = epoch(row, "coaching_from");
		if (strcmp(hdf_get_value(row, "action", ""), "coaching") == 0 &&
		    from > *start)
			*start = from;
		*due = clock_due(cal, *start, hdf_get_int_value(row,
		    "time_amount", 0), hdf_get_value(row, "time_unit", ""));
	}
done:
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/*
 * Sets the clock of the step case id has just come to (or, after a
 * change of the calendar, still waits at); none for a case that waits
 * for nobody. Inside the transaction that moved it.
 */
NEOERR *
timing_step_begin(long long id)
{
	struct db_arg a[4];
	time_t start, due;
	NEOERR *err;
	int waiting, step_no;

	err = step_clock(id, 0, &waiting, &step_no, &start, &due);
	if (err != STATUS_OK)
		return nerr_pass(err);
	a[0] = waiting ? DB_ARG_INT((long long)start) : DB_ARG_NULL;
	a[1] = waiting && due != (time_t)-1 ? DB_ARG_INT((long long)due) :
	    DB_ARG_NULL;
	a[2] = DB_ARG_INT(id);
	return nerr_pass(db_exec(STMT_CASE_CLOCK_SET, a, 3, NULL));
}

/*
 * Records the step case id waits at as ended now by actor: the working
 * time it took from its clock's start, against its standard, by the clock
 * the inbox showed. Inside the transaction of the act, before the case
 * moves on.
 */
NEOERR *
timing_step_end(long long id, long long actor)
{
	const struct clock_cal *cal;
	struct db_arg a[9];
	time_t start, due, now = time(NULL);
	long long work, standard = 0;
	NEOERR *err;
	int waiting, step_no;

	err = step_clock(id, 1, &waiting, &step_no, &start, &due);
	if (err == STATUS_OK)
		err = calendar_get(&cal);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (start > now)
		start = now;	/* a coaching held before its date */
	work = clock_work(cal, start, now);
	if (due != (time_t)-1)
		standard = clock_work(cal, start, due);
	a[0] = DB_ARG_INT(id);
	a[1] = DB_ARG_INT(step_no);
	a[2] = DB_ARG_INT((long long)start);
	a[3] = due != (time_t)-1 ? DB_ARG_INT((long long)due) : DB_ARG_NULL;
	a[4] = DB_ARG_INT((long long)now);
	a[5] = DB_ARG_INT(work);
	a[6] = due != (time_t)-1 ? DB_ARG_INT(standard) : DB_ARG_NULL;
	a[7] = due != (time_t)-1 ? DB_ARG_INT(work <= standard) : DB_ARG_NULL;
	a[8] = DB_ARG_INT(actor);
	return nerr_pass(db_exec(STMT_STEP_TIME_INSERT, a, 9, NULL));
}
