/* sess.c: staff sessions in the database: made at login, checked at each staff request, ended at logout. */
#include "sibina.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A session's last visit is written at most this often (seconds). */
#define TOUCH_SECONDS 60

/* The session's row key: the SHA-256 of the id the cookie holds. */
static void
id_hash(const char *id, char out[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, (const unsigned char *)id, strlen(id));
	sodium_bin2hex(out, 65, h, sizeof(h));
}

static int
idle_seconds(void)
{
	return conf_int("Session.IdleMinutes", 30) * 60;
}

static int
max_seconds(void)
{
	return conf_int("Session.MaxHours", 12) * 3600;
}

/*
 * Starts a session for a staff member who just proved who they are: a
 * new random id, whatever cookie the browser had (so that an id planted
 * before login is worth nothing), sent as the session cookie.
 */
NEOERR *
sess_start(struct req *r, long long staff_id)
{
	unsigned char rnd[16];
	char id[33], hash[65];
	struct db_arg args[2];
	NEOERR *err;

	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(id, sizeof(id), rnd, sizeof(rnd));
	id_hash(id, hash);
	args[0] = DB_ARG_STR(hash);
	args[1] = DB_ARG_INT(staff_id);
	err = db_exec(STMT_SESSION_INSERT, args, 2, NULL);
	if (err == STATUS_OK)
		err = db_exec(STMT_SESSION_PURGE, NULL, 0, NULL);
	if (err != STATUS_OK)
		return nerr_pass(err);
	resp_cookie(r, SESS_COOKIE, id, "/admin", 0);
	return STATUS_OK;
}

/* Fills User.* for the templates from the session's row. */
static NEOERR *
set_user_hdf(struct req *r, HDF *row)
{
	NEOERR *err;

	err = hdf_copy(r->hdf, "User", row);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "User.role_label",
		    role_label(r->user.role));
	if (err == STATUS_OK && r->user.role == ROLE_ADMIN)
		err = hdf_set_value(r->hdf, "User.is_admin", "1");
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "User.idle");
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "User.case_version");
	return nerr_pass(err);
}

/*
 * Finds the staff member of the request's session cookie, if it names a
 * live session (idle less than Session.IdleMinutes, younger than
 * Session.MaxHours, of an account not disabled): r->user.id is then set.
 */
NEOERR *
sess_load(struct req *r)
{
	const char *id = hdf_get_value(r->hdf, "Cookie." SESS_COOKIE, "");
	struct db_arg args[3];
	HDF *rows, *row;
	NEOERR *err;
	int n = 0;

	memset(&r->user, 0, sizeof(r->user));
	if (strlen(id) != 32 || strspn(id, "0123456789abcdef") != 32)
		return STATUS_OK;
	id_hash(id, r->user.sess_hash);
	args[0] = DB_ARG_STR(r->user.sess_hash);
	args[1] = DB_ARG_INT(idle_seconds());
	args[2] = DB_ARG_INT(max_seconds());
	err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = db_rows_to_hdf(STMT_SESSION_LOAD, args, 3, rows, "S", &n);
	row = hdf_get_obj(rows, "S.0");
	if (err == STATUS_OK && n == 1 && role_parse(hdf_get_value(row, "role",
	    ""), &r->user.role) == 0) {
		r->user.id = hdf_get_int_value(row, "id", 0);
		r->user.unit_id = hdf_get_int_value(row, "unit_id", 0);
		r->user.must_change = hdf_get_int_value(row,
		    "must_change_password", 0);
		r->user.case_version = strtoull(hdf_get_value(row,
		    "case_version", "0"), NULL, 10);
		err = set_user_hdf(r, row);
		if (err == STATUS_OK &&
		    hdf_get_int_value(row, "idle", 0) >= TOUCH_SECONDS)
			err = db_exec(STMT_SESSION_TOUCH, args, 1, NULL);
	}
	hdf_destroy(&rows);
	if (r->user.id == 0)
		r->user.sess_hash[0] = '\0';
	return nerr_pass(err);
}

/* Ends the request's session: the row goes, the cookie is expired. */
NEOERR *
sess_end(struct req *r)
{
	struct db_arg arg = DB_ARG_STR(r->user.sess_hash);
	NEOERR *err = STATUS_OK;

	if (r->user.sess_hash[0] != '\0')
		err = db_exec(STMT_SESSION_DELETE, &arg, 1, NULL);
	resp_cookie(r, SESS_COOKIE, "", "/admin", 1);
	memset(&r->user, 0, sizeof(r->user));
	return nerr_pass(err);
}

/*
 * Changes a staff account (stmt with its arguments: a new password, the
 * account disabled) and ends every session of it but the one whose hash
 * is keep_hash ("" for none), in one transaction: no session that began
 * before the change outlives it.
 */
NEOERR *
sess_end_with(enum stmt stmt, const struct db_arg *args, size_t nargs,
    long long staff_id, const char *keep_hash)
{
	struct db_arg del[2];
	NEOERR *err;

	del[0] = DB_ARG_INT(staff_id);
	del[1] = DB_ARG_STR(keep_hash);
	err = db_begin();
	if (err == STATUS_OK)
		err = db_exec(stmt, args, nargs, NULL);
	if (err == STATUS_OK)
		err = db_exec(STMT_SESSION_DELETE_STAFF, del, 2, NULL);
	if (err == STATUS_OK)
		err = db_commit();
	if (err != STATUS_OK)
		db_rollback();
	return nerr_pass(err);
}
