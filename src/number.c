/* number.c: the office's numbers (agenda, surat tugas) from a configurable format and a per-year counter. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const roman_months[12] = { "I", "II", "III", "IV", "V",
    "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

/*
 * Writes a number in its format: {nomor} is n with four digits at least,
 * {tahun} the year, {bulan} the month (01-12), {bulan_romawi} the month
 * in Roman numerals, as Indonesian letters number them. Anything else is
 * copied. Returns 0, or -1 if out is too small.
 */
int
number_format(const char *fmt, unsigned long n, const struct tm *tm,
    char *out, size_t outlen)
{
	char part[32];
	size_t used = 0, len;
	const char *p;

	for (p = fmt; *p != '\0'; p++) {
		if (strncmp(p, "{nomor}", 7) == 0) {
			snprintf(part, sizeof(part), "%04lu", n);
			p += 6;
		} else if (strncmp(p, "{tahun}", 7) == 0) {
			snprintf(part, sizeof(part), "%d", tm->tm_year + 1900);
			p += 6;
		} else if (strncmp(p, "{bulan_romawi}", 14) == 0) {
			snprintf(part, sizeof(part), "%s",
			    roman_months[tm->tm_mon % 12]);
			p += 13;
		} else if (strncmp(p, "{bulan}", 7) == 0) {
			snprintf(part, sizeof(part), "%02d", tm->tm_mon + 1);
			p += 6;
		} else {
			part[0] = *p;
			part[1] = '\0';
		}
		len = strlen(part);
		if (used + len + 1 > outlen)
			return -1;
		memcpy(out + used, part, len);
		used += len;
	}
	out[used] = '\0';
	return 0;
}

/* The office's calendar date and time: WIB, UTC+7, whatever the server's. */
void
wib_now(struct tm *tm)
{
	time_t t = time(NULL) + 7 * 3600;

	gmtime_r(&t, tm);
}

/*
 * Takes the next number of counter name for this year, inside the open
 * transaction, and formats it with the format of config key (or def).
 */
NEOERR *
number_next(const char *name, const char *key, const char *def, char *out,
    size_t outlen)
{
	unsigned long long n = 0;
	struct db_arg args[2];
	struct tm tm;
	NEOERR *err;

	wib_now(&tm);
	args[0] = DB_ARG_STR(name);
	args[1] = DB_ARG_INT(tm.tm_year + 1900);
	err = db_exec(STMT_COUNTER_NEXT, args, 2, &n);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (n == 0 || number_format(conf_str(key, def), (unsigned long)n, &tm,
	    out, outlen) != 0)
		return nerr_raise(NERR_ASSERT, "number %s: %llu in %s", name, n,
		    conf_str(key, def));
	return STATUS_OK;
}
