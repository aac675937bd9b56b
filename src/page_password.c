/* page_password.c: a staff member changes their own password. */
#include "sibina.h"

#include <string.h>

#include "pages.h"

static NEOERR *
password_form(struct req *r, enum http_status status)
{
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title", "Ganti Kata Sandi");
	if (err == STATUS_OK && r->user.must_change)
		err = hdf_set_value(r->hdf, "User.must_change", "1");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "admin_password.cs");
	return nerr_pass(err);
}

NEOERR *
page_password_form(struct req *r)
{
	return nerr_pass(password_form(r, HTTP_OK));
}

/*
 * POST: the old password, the new one twice. A wrong old password counts
 * as a failed login of the account. On success the user's other sessions
 * end and the must-change mark goes.
 */
NEOERR *
page_password_submit(struct req *r)
{
	const char *old = hdf_get_value(r->hdf, "Query.sandi_lama", "");
	const char *new = hdf_get_value(r->hdf, "Query.sandi_baru", "");
	const char *again = hdf_get_value(r->hdf, "Query.sandi_ulang", "");
	char hash[PASSWORD_HASH_LEN], msg[160];
	const char *problem, *username;
	struct db_arg args[3];
	HDF *rows = NULL;
	NEOERR *err;
	int nerrors = 0, over = 0;

	args[0] = DB_ARG_INT(r->user.id);
	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_STAFF_PASSWORD, args, 1, rows, "S",
		    NULL);
	if (err != STATUS_OK)
		goto out;
	username = hdf_get_value(rows, "S.0.username", "");
	err = throttle_over(r, ATTEMPT_LOGIN_USER, username, &over);
	if (err != STATUS_OK)
		goto out;
	if (over) {
		throttle_refuse(r, ATTEMPT_LOGIN_USER);
		goto out;
	}
	if (*old == '\0')
		err = form_error(r->hdf, "sandi_lama", "Kata sandi lama wajib diisi.",
		    &nerrors);
	else if (!password_check(old, hdf_get_value(rows,
	    "S.0.password_hash", NULL))) {
		err = throttle_note(r, ATTEMPT_LOGIN_USER, username);
		if (err == STATUS_OK)
			err = form_error(r->hdf, "sandi_lama", "Kata sandi lama salah.",
			    &nerrors);
	}
	problem = password_problem(new, username);
	if (err == STATUS_OK && problem != NULL) {
		snprintf(msg, sizeof(msg), "Kata sandi baru %s", problem);
		err = form_error(r->hdf, "sandi_baru", msg, &nerrors);
	} else if (err == STATUS_OK && strcmp(new, old) == 0) {
		err = form_error(r->hdf, "sandi_baru", "Kata sandi baru harus berbeda "
		    "dari kata sandi lama.", &nerrors);
	}
	if (err == STATUS_OK && strcmp(new, again) != 0)
		err = form_error(r->hdf, "sandi_ulang", "Ulangan kata sandi baru tidak "
		    "sama dengan kata sandi baru.", &nerrors);
	if (err != STATUS_OK)
		goto out;
	if (nerrors > 0) {
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = password_form(r, HTTP_UNPROCESSABLE);
		goto out;
	}
	err = password_hash(new, hash, sizeof(hash));
	args[0] = DB_ARG_STR(hash);
	args[1] = DB_ARG_INT(0);
	args[2] = DB_ARG_INT(r->user.id);
	if (err == STATUS_OK)
		err = sess_end_with(STMT_STAFF_PASSWORD_SET, args, 3, r->user.id,
		    r->user.sess_hash);
	if (err == STATUS_OK)
		resp_redirect(r, "/admin/?pesan=sandi");
out:
	hdf_destroy(&rows);
	return nerr_pass(err);
}
