/* page_login.c: staff login and logout. */
#include "sibina.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "pages.h"

/* The one message of a failed login: it does not tell which part was wrong. */
static const char login_failed[] = "Nama pengguna atau kata sandi salah.";

static NEOERR *
login_form(struct req *r, enum http_status status)
{
	NEOERR *err;

	err = csrf_prepare(r);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Masuk Area Staf");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.NoIndex", "1");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_login.cs");
	return nerr_pass(err);
}

/* GET: the login form; a logged-in user goes on to the staff area. */
NEOERR *
page_login_form(struct req *r)
{
	unsigned long long version;
	NEOERR *err;

	err = db_ready(&version);
	if (err == STATUS_OK)
		err = sess_load(r);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (r->user.id != 0) {
		resp_redirect(r, "/admin/");
		return STATUS_OK;
	}
	return nerr_pass(login_form(r, HTTP_OK));
}

/* Copies a typed username in lowercase, without white space at its ends. */
static void
username_typed(const char *in, char *out, size_t outlen)
{
	size_t n = 0;

	while (isspace((unsigned char)*in))
		in++;
	for (; *in != '\0' && n + 1 < outlen; in++)
		out[n++] = (char)tolower((unsigned char)*in);
	while (n > 0 && isspace((unsigned char)out[n - 1]))
		n--;
	out[n] = '\0';
}

/* Answers a failed login: the form again, with the one message. */
static NEOERR *
login_refused(struct req *r, const char *msg)
{
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Form.Error.login", msg);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Form.Errors", "1");
	if (err == STATUS_OK)
		err = login_form(r, HTTP_UNPROCESSABLE);
	return nerr_pass(err);
}

/*
 * POST: checks the username and password. Failures are counted per
 * account and per address; past either limit the answer is 429 whatever
 * was typed. A success starts a new session.
 */
NEOERR *
page_login_submit(struct req *r)
{
	const char *password = hdf_get_value(r->hdf, "Query.password", "");
	unsigned long long version;
	char username[64];
	struct db_arg arg;
	HDF *rows = NULL;
	const char *hash;
	NEOERR *err;
	int over_user = 0, over_addr = 0, n = 0, ok;

	username_typed(hdf_get_value(r->hdf, "Query.username", ""), username,
	    sizeof(username));
	err = db_ready(&version);
	if (err == STATUS_OK && utf8_valid(username, strlen(username)))
		err = hdf_set_value(r->hdf, "Form.username", username);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (*username == '\0' || *password == '\0')
		return nerr_pass(login_refused(r, "Isi nama pengguna dan kata "
		    "sandi."));
	err = throttle_over(r, ATTEMPT_LOGIN_ADDR, NULL, &over_addr);
	if (err == STATUS_OK)
		err = throttle_over(r, ATTEMPT_LOGIN_USER, username, &over_user);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (over_addr || over_user) {
		throttle_refuse(r, over_user ? ATTEMPT_LOGIN_USER :
		    ATTEMPT_LOGIN_ADDR);
		return STATUS_OK;
	}
	arg = DB_ARG_STR(username);
	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_STAFF_LOGIN, &arg, 1, rows, "S", &n);
	if (err != STATUS_OK)
		goto out;
	hash = n == 1 ? hdf_get_value(rows, "S.0.password_hash", NULL) : NULL;
	ok = password_check(password, hash) &&
	    hdf_get_int_value(rows, "S.0.disabled", 1) == 0;
	if (!ok) {
		err = throttle_note(r, ATTEMPT_LOGIN_ADDR, NULL);
		if (err == STATUS_OK)
			err = throttle_note(r, ATTEMPT_LOGIN_USER, username);
		if (err == STATUS_OK)
			err = login_refused(r, login_failed);
		goto out;
	}
	err = sess_start(r, hdf_get_int_value(rows, "S.0.id", 0));
	if (err == STATUS_OK)
		resp_redirect(r, hdf_get_int_value(rows,
		    "S.0.must_change_password", 0) ? "/admin/sandi" : "/admin/");
out:
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/* POST: ends the session. */
NEOERR *
page_logout(struct req *r)
{
	NEOERR *err;

	err = sess_end(r);
	if (err == STATUS_OK)
		resp_redirect(r, "/admin/masuk");
	return nerr_pass(err);
}
