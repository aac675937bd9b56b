/* sibina.h: the interfaces of the modules shared by Sibina's programs. */
#ifndef SIBINA_H
#define SIBINA_H

/*
 * ClearSilver's cs_config.h defines the PACKAGE_* macros as "": include
 * ClearSilver first, drop them, then our own config.h (see STACK.md).
 */
#include <ClearSilver.h>
#undef PACKAGE_BUGREPORT
#undef PACKAGE_NAME
#undef PACKAGE_STRING
#undef PACKAGE_TARNAME
#undef PACKAGE_URL
#undef PACKAGE_VERSION
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <time.h>

/* The schema version these programs are built for (sql/NNN-*.sql). */
#define SCHEMA_VERSION 14

/* Error types of our own, registered once per process by errors_init(). */
extern NERR_TYPE NERR_DB_DOWN;       /* database unreachable: 503 */
extern NERR_TYPE NERR_SCHEMA;        /* unexpected schema version: 503 */
extern NERR_TYPE NERR_BAD_REQUEST;   /* malformed request: 400 */
extern NERR_TYPE NERR_NO_PAGE;       /* no such record behind the URL: 404 */
extern NERR_TYPE NERR_TOO_BIG;       /* request body over the limit: 413 */
extern NERR_TYPE NERR_FORBIDDEN;     /* not allowed (a POST without a valid CSRF token): 403 */

/*
 * The largest request body: the letter and three supporting files of at
 * most 5 MB in all, plus the form. nginx (client_max_body_size 6m),
 * Apache (LimitRequestBody; FcgidMaxRequestLen a little above) and the app
 * agree on it.
 */
#define REQUEST_BODY_MAX 6291456
NEOERR		*errors_init(void);

/* log.c: one line per event to the configured file (or stderr). */
enum log_level { LOG_ERR, LOG_WARN, LOG_INFO };
void		 log_open(const char *path);
void		 log_msg(enum log_level, const char *fmt, ...)
		    __attribute__((format(printf, 2, 3)));
void		 log_neoerr(const char *incident, NEOERR *err);

/* code.c: random codes people read aloud and type. */
#define INCIDENT_ID_LEN 9		/* "7KQ4M2XP" and NUL */
#define TRACKING_CODE_LEN 12		/* "7KQ4M-2XPAB" and NUL */
void		 incident_id(char *buf, size_t len);
void		 tracking_code(char *buf, size_t len);
int		 tracking_code_parse(const char *in, char *out, size_t outlen);

/* csrf.c: tokens bound to a browser (session id or csrf cookie). */
struct req;
#define CSRF_TTL (8 * 3600)		/* a form may stay open a working day */
#define CSRF_TOKEN_LEN 81		/* 80 hex digits and NUL */
NEOERR		*csrf_token(const char *binding, time_t now, char *out,
		    size_t outlen);
int		 csrf_valid(const char *token, const char *binding, time_t now);
NEOERR		*csrf_prepare(struct req *);
int		 csrf_request_valid(struct req *);

/* conf.c: the HDF configuration file, read once per process. */
HDF		*conf_get(void);
NEOERR		*conf_load(const char *path);
const char	*conf_path(void);
const char	*conf_str(const char *key, const char *def);
int		 conf_int(const char *key, int def);
NEOERR		*conf_copy_public(HDF *dst);
void		 conf_free(void);

/* valid.c: validators for input at the edge. */
int		 utf8_valid(const char *s, size_t len);
int		 slug_valid(const char *s);
size_t		 utf8_chars(const char *s);
int		 text_clean(const char *s, int multiline);
int		 phone_normalize(const char *in, char *out, size_t outlen);
int		 email_valid(const char *s);
int		 nib_valid(const char *s);
int		 nip_valid(const char *s);
int		 date_valid(const char *s);
NEOERR		*path_decode(const char *uri, char **out);

/* form.c: a form's field table, checked at the edge. */
enum field_kind {
	FIELD_TEXT,	/* one line of text */
	FIELD_LINES,	/* text of several lines */
	FIELD_PHONE,	/* Indonesian mobile number, kept as +628... */
	FIELD_EMAIL,
	FIELD_NIB,	/* Nomor Induk Berusaha: 13 digits */
	FIELD_NIP,	/* Nomor Induk Pegawai: 18 digits */
	FIELD_DATE,	/* YYYY-MM-DD */
	FIELD_CHOICE,	/* one of choices */
	FIELD_CHOICES,	/* any of choices (check boxes) */
	FIELD_CHECK	/* one check box that must be ticked ("1") */
};
struct field {
	const char		*name;		/* Query.<name> */
	const char		*label;		/* starts its messages */
	enum field_kind		 kind;
	int			 required;
	size_t			 max;		/* characters; 0: no limit */
	const char *const	*choices;	/* NULL-terminated */
};
NEOERR		*form_check(HDF *, const struct field *, size_t, int *nerrors);
NEOERR		*form_error(HDF *, const char *name, const char *msg,
		    int *nerrors);
NEOERR		*form_check_body(HDF *, const char *nul_field,
		    const struct field *, size_t, int honeypot, int *nerrors);

/* upload.c: uploaded files, checked by content, stored synced. */
enum upload_verdict { UPLOAD_OK, UPLOAD_EMPTY, UPLOAD_TOO_BIG, UPLOAD_BAD_TYPE };
struct stored_file {
	char	 name[65];	/* random, 64 hex digits: the file in Paths.Uploads */
	char	 sha256[65];
	char	 mime[64];	/* as libmagic reads the content */
	size_t	 size;
};
NEOERR		*upload_store(FILE *in, const char *path, size_t max,
		    const char *const *allowed, struct stored_file *,
		    enum upload_verdict *);
NEOERR		*upload_remove(const char *name);
int		 upload_name_valid(const char *name);
void		 upload_free(void);

/*
 * throttle.c: attempts counted per client address in the database, so that
 * every worker and CGI process sees the same counts.
 */
enum attempt_kind {
	ATTEMPT_TRACK_MISS,	/* an unknown tracking code, per address */
	ATTEMPT_SUBMIT,		/* an accepted request, per address */
	ATTEMPT_LOGIN_USER,	/* a failed login, per account */
	ATTEMPT_LOGIN_ADDR,	/* a failed login, per address */
	ATTEMPT_COMPLAINT	/* an accepted complaint, per address */
};
NEOERR		*throttle_source(struct req *, const char *subject, char *out,
		    size_t outlen);
NEOERR		*throttle_over(struct req *, enum attempt_kind,
		    const char *subject, int *over);
NEOERR		*throttle_note(struct req *, enum attempt_kind,
		    const char *subject);
void		 throttle_refuse(struct req *, enum attempt_kind);

/* domain.c: the fixed words of the domain, values with their labels. */
extern const char *const applicant_types[], *const applicant_type_labels[];
extern const char *const kecamatan[];
extern const char *const aspects[], *const aspect_labels[];
extern const char *const statuses[], *const status_labels[];
extern const char *const sifats[], *const sifat_labels[];
const char	*label_of(const char *const *values, const char *const *labels,
		    const char *value);
NEOERR		*choices_set(HDF *, const char *prefix,
		    const char *const *values, const char *const *labels);

/* wf.c: the workflow engine: an act on a case, in one transaction. */
struct wf_case {
	long long	 id, version, service_id, version_id, bidang_id;
	long long	 seksi_id;
	int		 step_no;
	int		 waiting;	/* waits for someone of the office */
	char		 action[16];	/* service_step.action of its step */
	char		 lane[32];	/* lane.code of its step */
	char		 status[16];
};
/* What an act's own writes tell the event. */
struct wf_effect {
	const char	*note;
	long long	 target_unit;	/* the unit it was sent to, or 0 */
};
struct wf_act {
	const char	*aksi;		/* the form's aksi; event.action */
	const char	*step_action;	/* the service_step.action it does */
	const char	*status;	/* the status after; NULL: as before */
	int		 advances;	/* 0: stays at its step (returned) */
	const char	*note_key;	/* HDF key of the event's note, or NULL */
	/* The act's own rows, in the transaction, after the checks. */
	NEOERR		*(*write)(struct req *, const struct wf_case *,
			    struct wf_effect *);
};
enum wf_result { WF_DONE, WF_DENIED, WF_CONFLICT };
void		 wf_case_read(HDF *row, struct wf_case *);
int		 wf_may(const struct req *, const struct wf_case *,
		    const struct wf_act *);
NEOERR		*wf_apply(struct req *, long long id, long long version,
		    const struct wf_act *, enum wf_result *);
NEOERR		*request_timeline(HDF *, long long id, long long version_id,
		    int step_no, const char *status);

/*
 * clock.c: working time over the office's calendar (WIB). A span is a
 * part of a weekday the office works, in seconds after local midnight.
 */
#define CLOCK_SPANS_MAX 4
struct clock_span {
	int	open, close;
};
struct clock_cal {
	int			nspans[8];	/* by ISO weekday, 1..7 */
	struct clock_span	span[8][CLOCK_SPANS_MAX];
	long			*holidays;	/* local day numbers */
	size_t			nholidays;
};
enum clock_state { CLOCK_ON_TIME, CLOCK_DUE_SOON, CLOCK_LATE };
long		 clock_day(time_t);
time_t		 clock_day_start(long day);
int		 clock_weekday(long day);
int		 clock_is_holiday(const struct clock_cal *, long day);
long long	 clock_work(const struct clock_cal *, time_t from, time_t to);
time_t		 clock_add(const struct clock_cal *, time_t from, long long seconds);
time_t		 clock_days_end(const struct clock_cal *, time_t from, int days);
time_t		 clock_due(const struct clock_cal *, time_t start, int amount,
		    const char *unit);
enum clock_state clock_state(long long used, long long standard);
void		 clock_cal_sort(struct clock_cal *);
void		 clock_text(long long seconds, char *out, size_t len);

/*
 * stats.c: the figures of sql/011's tables for a range of months (from
 * and to are 'YYYY-MM-01' for the statements), into Stats.*.
 */
struct stats_range {
	int	y0, m0, y1, m1;
	char	from[16], to[16];
};
int		 stats_range(const char *from, const char *to,
		    struct stats_range *);
NEOERR		*stats_months(HDF *, const struct stats_range *);
NEOERR		*stats_breakdowns(HDF *, const struct stats_range *);
NEOERR		*stats_steps(HDF *, const struct stats_range *);
NEOERR		*stats_officers(HDF *, const struct stats_range *);

/*
 * The statistics pages (issue 5 part C): stats_form.c reads their range
 * form (dari, sampai); chart.c scales the bars of their charts, drawn by
 * templates/charts.cs, as per-mille of a chart's largest value.
 */
NEOERR		*stats_form(HDF *, struct stats_range *, int *nerrors);
struct req;
NEOERR		*stats_form_page(struct req *, const char *tpl,
		    struct stats_range *, int *answered);
NEOERR		*chart_scale(HDF *, const char *prefix, const char *key);
NEOERR		*chart_scale_keys(HDF *, const char *prefix,
		    const char *const *keys, size_t nkeys);

/* calendar.c: the calendar in force; timing.c: the clock of a case. */
NEOERR		*calendar_get(const struct clock_cal **);
NEOERR		*calendar_changed(void);
void		 calendar_free(void);
NEOERR		*timing_step_begin(long long request_id);
NEOERR		*timing_step_end(long long request_id, long long actor_id);

/*
 * The satisfaction survey (issue 6 part A, PermenPANRB 14/2017). ikm.c:
 * the nine elements with their questions and answers, and the index
 * arithmetic (pure C, no database); survey.c: the figures of a range of
 * months from survey_response, into Stats.Ikm.*.
 */
#define IKM_ELEMENTS 9
struct ikm_element {
	const char	*code;		/* the form's field and the column: u1..u9 */
	const char	*name;		/* the regulation's element */
	const char	*question;
	const char	*answers[4];	/* values 1..4 */
};
extern const struct ikm_element ikm_elements[IKM_ELEMENTS];
/* The answers of a set of responses: each element's sum, and their count. */
struct ikm_sums {
	long long	 sum[IKM_ELEMENTS];
	long long	 n;
};
/* Fixed-point results, rounded once each from the exact sums. */
struct ikm_result {
	long		 nrr100[IKM_ELEMENTS];	/* each mean (NRR) x 100 */
	long		 weighted1000[IKM_ELEMENTS]; /* NRR x 1/9, x 1000 */
	long		 weighted_sum1000;	/* their sum, x 1000 */
	long		 score100;	/* IKM x 100: decides the grade */
	long		 score10;	/* IKM x 10: as shown, "82,5" */
	char		 grade;		/* 'A'..'D' */
	const char	*grade_label;	/* "Sangat Baik" .. "Tidak Baik" */
};
int		 ikm_add(struct ikm_sums *, const int answers[IKM_ELEMENTS]);
int		 ikm_compute(const struct ikm_sums *, struct ikm_result *);
char		 ikm_grade(long score100, const char **label);
void		 ikm_decimal(long value, int decimals, char *out, size_t len);
NEOERR		*survey_figures(HDF *, const struct stats_range *, int comments);

/* number.c: agenda and letter numbers, per-year counters, the WIB clock. */
struct tm;
int		 number_format(const char *fmt, unsigned long n, const struct tm *,
		    char *out, size_t outlen);
void		 wib_now(struct tm *);
NEOERR		*number_next(const char *name, const char *key, const char *def,
		    char *out, size_t outlen);

/* db.c: one connection per process, named prepared statements. */
enum stmt {
	STMT_VERSIONS,
	STMT_SERVICE_LIST,
	STMT_SERVICE_BY_SLUG,
	STMT_SERVICE_COMPONENTS,
	STMT_SERVICE_ITEMS,
	STMT_SERVICE_STEPS,
	STMT_LANES,
	STMT_REQUEST_INSERT,
	STMT_REQUEST_BY_SUBMIT_KEY,
	STMT_ATTACHMENT_INSERT,
	STMT_EVENT_INSERT,
	STMT_REQUEST_BY_CODE,
	STMT_REQUEST_FILES,
	STMT_REQUEST_STEP_TIMES,
	STMT_ATTEMPT_COUNT,
	STMT_ATTEMPT_INSERT,
	STMT_ATTEMPT_PURGE,
	STMT_SESSION_INSERT,
	STMT_SESSION_PURGE,
	STMT_SESSION_LOAD,
	STMT_SESSION_TOUCH,
	STMT_SESSION_DELETE,
	STMT_SESSION_DELETE_STAFF,
	STMT_STAFF_LOGIN,
	STMT_STAFF_PASSWORD,
	STMT_STAFF_PASSWORD_SET,
	STMT_STAFF_LIST,
	STMT_STAFF_BY_ID,
	STMT_STAFF_INSERT,
	STMT_STAFF_UPDATE,
	STMT_STAFF_DISABLE,
	STMT_UNIT_LIST,
	STMT_UNIT_BY_ID,
	STMT_UNIT_BY_NAME,
	STMT_UNIT_INSERT,
	STMT_UNIT_UPDATE,
	STMT_INBOX_COUNT,
	STMT_INBOX,
	STMT_CASES,
	STMT_CASES_BY_CODE,
	STMT_CASES_BY_AGENDA,
	STMT_CASES_BY_NAME,
	/* Exports (page_export.c): the agenda book, the case list. */
	STMT_EXPORT_AGENDA,
	STMT_EXPORT_CASES,
	STMT_CASE,
	STMT_CASE_FILES,
	STMT_CASE_EVENTS,
	STMT_CASE_LOCK,
	STMT_CASE_ADVANCE,
	STMT_CASE_AGENDA,
	STMT_CASE_RETURN,
	STMT_CASE_BIDANG,
	STMT_CASE_SEKSI,
	STMT_CASE_LAST_ACTOR,
	STMT_NEXT_STEP,
	STMT_COUNTER_NEXT,
	STMT_ACT_EVENT,
	STMT_SURAT_TUGAS_INSERT,
	STMT_OFFICER_INSERT,
	STMT_SURAT_TUGAS,
	STMT_SURAT_TUGAS_OFFICERS,
	STMT_COACHING_INSERT,
	STMT_COACHING,
	STMT_REPORT_INSERT,
	STMT_REPORT_ACTION_INSERT,
	STMT_REPORT,
	STMT_REPORT_ACTIONS,
	STMT_ATTACHMENT,
	STMT_OFFICERS,
	STMT_SIGNERS,
	STMT_STANDARD_LIST,
	STMT_SERVICE_BY_ID,
	STMT_STEPS_OF_VERSION,
	STMT_VERSIONS_OF,
	STMT_VERSION_INSERT,
	STMT_ITEM_INSERT,
	STMT_STEP_INSERT,
	/* The working calendar and the SOP clock (calendar.c, timing.c). */
	STMT_CALENDAR_HOURS,
	STMT_CALENDAR_HOLIDAYS,
	STMT_CASES_WAITING,
	STMT_CASE_CLOCK,
	STMT_CASE_CLOCK_SET,
	STMT_STEP_TIME_INSERT,
	STMT_INBOX_LATE,
	/* The figures of sql/011 (stats.c), for a range of months. */
	STMT_STAT_RECEIVED_MONTHS,
	STMT_STAT_CLOSED_MONTHS,
	STMT_STAT_RETURNED_MONTHS,
	STMT_STAT_CLOSED_TOTAL,
	STMT_STAT_KECAMATAN,
	STMT_STAT_ASPECT,
	STMT_STAT_TYPE,
	STMT_STAT_STEPS,
	STMT_STAT_STEP_NAMES,
	STMT_STAT_OFFICERS,
	/* The calendar as the administrator edits it (page_calendar.c, page_service.c). */
	STMT_OFFICE_HOURS,
	STMT_OFFICE_HOURS_DELETE,
	STMT_OFFICE_HOURS_INSERT,
	STMT_HOLIDAYS_OF_YEAR,
	STMT_HOLIDAY_YEARS,
	STMT_HOLIDAYS_TAKEN,
	STMT_HOLIDAY_INSERT,
	STMT_HOLIDAY_LOCK,
	STMT_HOLIDAY_DELETE,
	STMT_HOLIDAY_UPSERT,
	/* The public statistics (page_stats.c). */
	STMT_STATS_CASE_VERSION,
	/* The satisfaction survey (issue 6 part A: page_survey.c, survey.c). */
	STMT_SURVEY_CASE,
	STMT_SURVEY_INSERT,
	STMT_SURVEY_TOTALS,
	STMT_SURVEY_COMMENTS,
	/* Complaints (issue 6 part B: complaint.c, page_complaint*.c). */
	STMT_COMPLAINT_INSERT,
	STMT_COMPLAINT_EVENT_INSERT,
	STMT_COMPLAINT_BY_SUBMIT_KEY,
	STMT_COMPLAINT_BY_CODE,
	STMT_COMPLAINT_REQUEST_ID,
	STMT_COMPLAINT_OPEN_COUNT,
	STMT_COMPLAINT_LIST,
	STMT_COMPLAINT_BY_ID,
	STMT_COMPLAINT_EVENTS,
	STMT_COMPLAINT_LOCK,
	STMT_COMPLAINT_ANSWER,
	STMT_COMPLAINT_CLOSE,
	STMT__MAX
};
/* A bound parameter: an integer or a string. */
struct db_arg {
	enum { DB_INT, DB_STR, DB_NULL } type;
	long long	 i;
	const char	*s;
};
#define DB_ARG_INT(v) ((struct db_arg){ .type = DB_INT, .i = (v) })
#define DB_ARG_STR(v) ((struct db_arg){ .type = DB_STR, .s = (v) })
#define DB_ARG_NULL ((struct db_arg){ .type = DB_NULL })
NEOERR		*db_ready(unsigned long long *content_version);
NEOERR		*db_rows_to_hdf(enum stmt, const struct db_arg *, size_t,
		    HDF *, const char *prefix, int *nrows);
/* A row of db_each: its columns as text, NULL for SQL NULL. */
typedef NEOERR	*(*db_row_fn)(void *ctx, const char *const *values,
		    unsigned int ncols);
NEOERR		*db_each(enum stmt, const struct db_arg *, size_t, db_row_fn,
		    void *ctx);
NEOERR		*db_exec(enum stmt, const struct db_arg *, size_t,
		    unsigned long long *insert_id);
NEOERR		*db_begin(void);
NEOERR		*db_commit(void);
void		 db_rollback(void);
void		 db_close(void);
void		*db_handle(void);

/*
 * form.c: a public form sent once (request, complaint): the statement
 * that finds its record by submit key, the record's code column, the
 * path of its page (the code appended), the per-address limit's kind.
 */
struct form_once {
	enum stmt		 by_key;
	const char		*code_col;
	const char		*path;
	enum attempt_kind	 kind;
};
struct req;
NEOERR		*form_once_find(const struct form_once *, const char *key,
		    char *code, size_t len);
void		 form_once_redirect(struct req *, const struct form_once *,
		    const char *code);
NEOERR		*form_once_gate(struct req *, const struct form_once *,
		    const char **key, int *answered);

/* cache.c: rendered public pages, valid for one content version. */
struct cached_page;
const struct cached_page *cache_get(const char *key, unsigned long long version);
NEOERR		*cache_put(const char *key, unsigned long long version,
		    const char *body, size_t len, const struct cached_page **);
const char	*cached_body(const struct cached_page *, size_t *len);
const char	*cached_etag(const struct cached_page *);
void		 cache_free(void);

/* req.c and resp.c: one request, its parsed input and its answer. */
#define ROUTE_PARAMS_MAX 4
struct FCGX_Request;
/*
 * bodyscan.c: the state of a request body being watched for NUL bytes in
 * form fields (the CGI kit would cut such a value short) and for its end
 * (the kit takes a body cut short for a whole one).
 */
struct bodyscan {
	int		 kind;		/* multipart, urlencoded or neither */
	char		 boundary[80];	/* "--" and the boundary */
	char		 line[160];	/* the start of the current line */
	size_t		 linelen;	/* its length so far */
	int		 in_headers;	/* in the headers of a part */
	int		 part;		/* field or file */
	char		 part_name[64];
	int		 matched;	/* urlencoded: bytes of "%00" seen */
	char		 nul_field[64];	/* the first field with a NUL, or "" */
	unsigned long long seen;	/* bytes of the body so far */
	int		 closed;	/* multipart: the closing boundary came */
};
void		 bodyscan_start(struct bodyscan *, const char *content_type);
void		 bodyscan_feed(struct bodyscan *, const char *, size_t);
int		 bodyscan_complete(struct bodyscan *, long long content_length);

/* Where a request comes from: a FastCGI request, or stdin/stdout (CGI). */
#define IO_PARAM_SLOTS 256
struct io {
	struct FCGX_Request	*fcgx;		/* NULL for plain CGI */
	int			 indexed;	/* 1: param_slot filled, -1: too many */
	/* The request's FastCGI parameters hashed by name: entries of envp. */
	const char		*param_slot[IO_PARAM_SLOTS];
	struct bodyscan		 scan;
};
void		 io_write(struct io *, const char *, size_t);

/* auth.c: staff roles (the lanes they act in, and admin) and passwords. */
enum role {
	ROLE_FRONT_OFFICE,
	ROLE_SEKRETARIS,
	ROLE_KEPALA_DINAS,
	ROLE_BACK_OFFICE,
	ROLE_KEPALA_BIDANG,
	ROLE_KASI,
	ROLE_ADMIN,
	ROLE__MAX
};
#define ROLE_BIT(r)	(1u << (r))
#define ROLES_STAFF	((1u << ROLE__MAX) - 1)	/* any logged-in user */
#define ROLES_ADMIN	ROLE_BIT(ROLE_ADMIN)
#define ROLES_LANES	(ROLES_STAFF & ~ROLES_ADMIN)	/* who work cases */
#define PASSWORD_MIN_CHARS 10
#define PASSWORD_MAX_BYTES 128
#define PASSWORD_HASH_LEN 128
extern const char *const role_names[ROLE__MAX + 1];
extern const char *const role_labels[ROLE__MAX + 1];
const char	*role_name(enum role);
const char	*role_label(enum role);
int		 role_parse(const char *, enum role *);
int		 username_valid(const char *);
const char	*password_problem(const char *plain, const char *username);
NEOERR		*password_hash(const char *plain, char *out, size_t outlen);
int		 password_check(const char *plain, const char *hash);

/* The staff member behind a request's session. */
struct staff_user {
	long long	 id;		/* 0: nobody is logged in */
	enum role	 role;
	long long	 unit_id;	/* 0: none */
	int		 must_change;	/* must choose a password first */
	unsigned long long case_version; /* of the requests, at sess_load */
	char		 sess_hash[65];	/* the session's row */
};

struct req {
	struct io	*io;
	CGI		*cgi;		/* owns hdf */
	HDF		*hdf;		/* request input and page data */
	const char	*method;	/* "GET", "HEAD", "POST", ... */
	char		*path;		/* decoded, base path removed */
	char		*param[ROUTE_PARAMS_MAX]; /* from the route pattern */
	int		 head;		/* HEAD: headers only */
	int		 answered;	/* a response was written */
	int		 hdf_owned;	/* hdf made without a CGI object */
	/* The first form field that held a NUL byte ("*": unknown), or "". */
	const char	*nul_field;
	char		 cookies[2][192]; /* Set-Cookie values to send, or "" */
	struct staff_user user;		/* who is logged in (staff routes) */
};
NEOERR		*req_begin(struct req *, struct io *);
void		 req_end(struct req *);

enum http_status {
	HTTP_OK = 200,
	HTTP_SEE_OTHER = 303,
	HTTP_NOT_MODIFIED = 304,
	HTTP_BAD_REQUEST = 400,
	HTTP_FORBIDDEN = 403,
	HTTP_CONFLICT = 409,
	HTTP_NOT_FOUND = 404,
	HTTP_METHOD_NOT_ALLOWED = 405,
	HTTP_TOO_LARGE = 413,
	HTTP_UNPROCESSABLE = 422,
	HTTP_TOO_MANY = 429,
	HTTP_INTERNAL_ERROR = 500,
	HTTP_UNAVAILABLE = 503
};
typedef NEOERR	*(*fill_fn)(struct req *);
NEOERR		*resp_render(struct req *, const char *tpl, STRING *out);
NEOERR		*resp_page(struct req *, const char *tpl);
NEOERR		*resp_page_part(struct req *, const char *tpl, const char *part,
		    size_t len);
NEOERR		*resp_page_status(struct req *, enum http_status,
		    const char *tpl);
void		 resp_redirect(struct req *, const char *path);
NEOERR		*resp_file(struct req *, const char *path, const char *mime,
		    const char *name, int inline_view);
void		 resp_bytes(struct req *, const char *body, size_t len,
		    const char *mime, const char *name, int inline_view);
NEOERR		*resp_cached_page(struct req *, fill_fn, const char *tpl);
NEOERR		*resp_kept(struct req *, const char *key,
		    unsigned long long version, fill_fn, const char *tpl,
		    const struct cached_page **);
NEOERR		*resp_cached_page_key(struct req *, const char *key,
		    unsigned long long data_version, fill_fn, const char *tpl);
void		 resp_send(struct req *, enum http_status,
		    const char *extra_headers, const char *body, size_t len);
void		 resp_error(struct req *, enum http_status, const char *extra);
void		 resp_error_text(struct req *, enum http_status, const char *extra,
		    const char *title, const char *msg);
void		 resp_cookie(struct req *, const char *name, const char *value,
		    const char *path, int expire);

/* sess.c: staff sessions, in the database. */
#define SESS_COOKIE "sibina_sess"
NEOERR		*sess_start(struct req *, long long staff_id);
NEOERR		*sess_load(struct req *);
NEOERR		*sess_end(struct req *);
NEOERR		*sess_end_with(enum stmt, const struct db_arg *, size_t,
		    long long staff_id, const char *keep_hash);
void		 resp_fail(struct req *, NEOERR *err);

/* inbox.c: whose inbox; the counts in the menu, kept per version. */
void		 inbox_lane_args(const struct req *, struct db_arg *);
NEOERR		*menu_count_set(struct req *, const char *key, enum stmt,
		    const struct db_arg *, size_t, const char *hdf_name);
NEOERR		*inbox_count_set(struct req *);

/*
 * complaint.c: complaints (pengaduan): who handles them, their codes
 * ("ADU-" and a tracking code), and the count of open ones in the menu.
 */
#define ROLES_COMPLAINTS (ROLE_BIT(ROLE_SEKRETARIS) | \
	ROLE_BIT(ROLE_KEPALA_DINAS) | ROLES_ADMIN)
#define COMPLAINT_CODE_LEN 16		/* "ADU-7KQ4M-2XPAB" and NUL */
void		 complaint_code(char *buf, size_t len);
int		 complaint_code_parse(const char *in, char *out, size_t outlen);
NEOERR		*complaint_count_set(struct req *);

/* route.c: the gate. Each program passes its own table. */
typedef NEOERR	*(*handler_fn)(struct req *);
struct route {
	const char	*method;	/* "GET" also answers HEAD */
	const char	*pattern;	/* "/layanan/:slug" */
	handler_fn	 handler;
	unsigned	 roles;		/* ROLE_BIT()s that may; 0: anyone */
	unsigned	 flags;
};
/* A staff route a user who must change their password may still use. */
#define RT_PASSWORD	0x1
const struct route *route_find(struct req *, const struct route *, size_t,
		    char *allow, size_t allowlen);
void		 route_dispatch(struct req *, const struct route *, size_t);

/* serve.c: the request loop, FastCGI or a single CGI request. */
int		 serve(const char *program, const struct route *, size_t);

#endif /* SIBINA_H */
