/* log.c: the application log, one line per event, and incident ids. */
#include "sibina.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int log_fd = STDERR_FILENO;

static const char *const level_names[] = { "error", "warning", "info" };

/*
 * Opens the log file for appending; an empty path or a file that cannot
 * be opened leaves the log on stderr, where the web server collects it.
 */
void
log_open(const char *path)
{
	int fd;

	if (path == NULL || *path == '\0')
		return;
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
	if (fd == -1) {
		log_msg(LOG_WARN, "cannot open log %s: %s", path,
		    strerror(errno));
		return;
	}
	if (log_fd != STDERR_FILENO)
		close(log_fd);
	log_fd = fd;
}

/*
 * Writes one line with time, pid and level. The line is written with a
 * single write(2) so that lines of concurrent workers do not interleave.
 */
void
log_msg(enum log_level level, const char *fmt, ...)
{
	char line[2048];
	struct tm tm;
	time_t now;
	va_list ap;
	int n, m;

	now = time(NULL);
	gmtime_r(&now, &tm);
	n = snprintf(line, sizeof(line), "%04d-%02d-%02dT%02d:%02d:%02dZ "
	    "sibina[%d] %s: ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	    tm.tm_hour, tm.tm_min, tm.tm_sec, (int)getpid(),
	    level_names[level]);
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	va_start(ap, fmt);
	m = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
	va_end(ap);
	if (m < 0)
		return;
	n += m;
	if ((size_t)n > sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	if (write(log_fd, line, (size_t)n) != n)
		return;	/* nowhere left to report it */
}

/* Logs an error's full traceback under an incident id, then frees it. */
void
log_neoerr(const char *incident, NEOERR *err)
{
	STRING trace;
	char *p;

	string_init(&trace);
	nerr_error_traceback(err, &trace);
	/* One line per event: the traceback's newlines become " | ". */
	for (p = trace.buf; p != NULL && *p != '\0'; p++)
		if (*p == '\n')
			*p = '|';
	log_msg(LOG_ERR, "incident %s: %s", incident,
	    trace.buf != NULL ? trace.buf : "(no detail)");
	string_clear(&trace);
	nerr_ignore(&err);
}
