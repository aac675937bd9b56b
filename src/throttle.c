/* throttle.c: attempts counted per client address, to slow down guessing and flooding. */
#include "sibina.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

/*
 * The counts live in the database (table attempt), so that every FastCGI
 * worker and every CGI process sees the same ones. The client's address
 * is not stored: only a keyed hash of it, which cannot be turned back
 * into the address without the site's secret.
 */
struct limit {
	const char	*kind;		/* attempt.kind */
	const char	*max_key;	/* configuration keys */
	int		 max_default;
	const char	*window_key;
	int		 window_default;
	const char	*message;	/* of the 429 page; NULL: the usual */
};

static const char login_message[] = "Terlalu banyak percobaan masuk yang "
    "gagal. Tunggu 15 menit, lalu coba lagi, atau minta administrator "
    "mengatur ulang kata sandi Anda.";

static const struct limit limits[] = {
	[ATTEMPT_TRACK_MISS] = { "lacak_miss", "Limits.TrackMisses", 10,
	    "Limits.TrackWindow", 900, NULL },
	[ATTEMPT_SUBMIT] = { "submit", "Limits.Submissions", 10,
	    "Limits.SubmitWindow", 3600, NULL },
	[ATTEMPT_LOGIN_USER] = { "login_user", "Limits.LoginUser", 5,
	    "Limits.LoginWindow", 900, login_message },
	[ATTEMPT_LOGIN_ADDR] = { "login_addr", "Limits.LoginAddr", 20,
	    "Limits.LoginWindow", 900, login_message },
	[ATTEMPT_COMPLAINT] = { "pengaduan", "Limits.Complaints", 5,
	    "Limits.ComplaintWindow", 3600, NULL },
};

/*
 * Writes the source of an attempt: 64 hex digits, a hash keyed by the
 * secret of subject (an account's name), or of the client's address when
 * subject is NULL.
 */
NEOERR *
throttle_source(struct req *r, const char *subject, char *out, size_t outlen)
{
	unsigned char hash[32], key[32];
	const char *addr, *secret;
	size_t keylen = 0;

	addr = subject != NULL ? subject :
	    hdf_get_value(r->hdf, "CGI.RemoteAddress", "");
	secret = conf_str("Security.Secret", "");
	if (outlen < 2 * sizeof(hash) + 1)
		return nerr_raise(NERR_ASSERT, "%s", "throttle source buffer");
	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	if (sodium_hex2bin(key, sizeof(key), secret, strlen(secret), NULL,
	    &keylen, NULL) != 0 || keylen != sizeof(key))
		return nerr_raise(NERR_ASSERT, "%s", "Security.Secret must be "
		    "64 hex digits");
	crypto_generichash(hash, sizeof(hash), (const unsigned char *)addr,
	    strlen(addr), key, sizeof(key));
	sodium_memzero(key, sizeof(key));
	sodium_bin2hex(out, outlen, hash, sizeof(hash));
	return STATUS_OK;
}

static int
window(enum attempt_kind kind)
{
	return conf_int(limits[kind].window_key, limits[kind].window_default);
}

/* Binds the kind and the source of an attempt: the first two arguments. */
static NEOERR *
attempt_args(struct req *r, enum attempt_kind kind, const char *subject,
    char *source, size_t len, struct db_arg *args)
{
	NEOERR *err;

	err = throttle_source(r, subject, source, len);
	args[0] = DB_ARG_STR(limits[kind].kind);
	args[1] = DB_ARG_STR(source);
	return nerr_pass(err);
}

/*
 * Sets *over if the subject (NULL: the request's address) has used up its
 * attempts of kind.
 */
NEOERR *
throttle_over(struct req *r, enum attempt_kind kind, const char *subject,
    int *over)
{
	char source[65];
	struct db_arg args[3];
	HDF *rows;
	NEOERR *err;

	*over = 0;
	err = attempt_args(r, kind, subject, source, sizeof(source), args);
	if (err != STATUS_OK)
		return nerr_pass(err);
	args[2] = DB_ARG_INT(window(kind));
	err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = db_rows_to_hdf(STMT_ATTEMPT_COUNT, args, 3, rows, "A", NULL);
	if (err == STATUS_OK)
		*over = hdf_get_int_value(rows, "A.0.n", 0) >=
		    conf_int(limits[kind].max_key, limits[kind].max_default);
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/*
 * Counts one attempt of kind for the subject (NULL: the request's
 * address), and removes a few of the rows that are too old to count.
 * Inside a transaction it commits with it: a submission that was not
 * recorded does not count.
 */
NEOERR *
throttle_note(struct req *r, enum attempt_kind kind, const char *subject)
{
	char source[65];
	struct db_arg args[2];
	NEOERR *err;

	err = attempt_args(r, kind, subject, source, sizeof(source), args);
	if (err == STATUS_OK)
		err = db_exec(STMT_ATTEMPT_INSERT, args, 2, NULL);
	if (err == STATUS_OK)
		err = db_exec(STMT_ATTEMPT_PURGE, NULL, 0, NULL);
	return nerr_pass(err);
}

/* Answers 429, telling when the window of kind lets the address in again. */
void
throttle_refuse(struct req *r, enum attempt_kind kind)
{
	char extra[48];

	snprintf(extra, sizeof(extra), "Retry-After: %d\r\n", window(kind));
	resp_error_text(r, HTTP_TOO_MANY, extra, limits[kind].message != NULL ?
	    "Terlalu banyak percobaan" : NULL, limits[kind].message);
}
