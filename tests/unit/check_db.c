/* check_db.c: unit tests of the database module (db.c) against the test MariaDB. */
#include "sibina.h"

#include <check.h>
#include <mysql.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

/*
 * Needs the database of ./dev test: SIBINA_CONFIG names its configuration.
 * Without it the suite is skipped (exit 77), except in CI where it fails.
 */

static void
setup(void)
{
	ck_assert_ptr_eq(conf_load(conf_path()), STATUS_OK);
}

static void
teardown(void)
{
	db_close();
	conf_free();
}

/* The id of the standard's version in force for the seeded service. */
static long long
current_version(void)
{
	struct db_arg arg = DB_ARG_STR("pembinaan-umkm-koperasi");
	long long id;
	HDF *h;

	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_SERVICE_BY_SLUG, &arg, 1, h, "S",
	    NULL), STATUS_OK);
	id = hdf_get_int_value(h, "S.0.version_id", 0);
	hdf_destroy(&h);
	ck_assert_int_gt(id, 0);
	return id;
}

START_TEST(db_ready_checks_schema_and_tells_content_version)
{
	unsigned long long v = 0;

	ck_assert_ptr_eq(db_ready(&v), STATUS_OK);
	ck_assert_uint_gt(v, 0);
}
END_TEST

START_TEST(db_rows_to_hdf_reads_the_sop_steps)
{
	struct db_arg arg = DB_ARG_STR("pembinaan-umkm-koperasi");
	HDF *h;
	int n = -1;

	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_SERVICE_BY_SLUG, &arg, 1, h, "S",
	    &n), STATUS_OK);
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(hdf_get_value(h, "S.0.name", ""),
	    "Pembinaan UMKM dan Koperasi");
	ck_assert_str_eq(hdf_get_value(h, "S.0.sk_number", "x"), "");
	arg = DB_ARG_INT(hdf_get_int_value(h, "S.0.version_id", 0));
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_SERVICE_STEPS, &arg, 1, h, "St",
	    &n), STATUS_OK);
	ck_assert_int_eq(n, 9);
	ck_assert_str_eq(hdf_get_value(h, "St.0.time_text", "x"), "");
	ck_assert_str_eq(hdf_get_value(h, "St.0.symbol", ""), "terminator");
	ck_assert_str_eq(hdf_get_value(h, "St.1.time_text", ""), "3 menit");
	ck_assert_str_eq(hdf_get_value(h, "St.1.lane_name", ""), "Front Office");
	ck_assert_str_eq(hdf_get_value(h, "St.7.time_text", ""), "1 hari");
	ck_assert_str_eq(hdf_get_value(h, "St.8.time_text", ""), "15 menit");
	hdf_destroy(&h);
}
END_TEST

START_TEST(db_no_rows_is_not_an_error)
{
	struct db_arg arg = DB_ARG_STR("tidak-ada");
	HDF *h;
	int n = -1;

	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_SERVICE_BY_SLUG, &arg, 1, h, "S",
	    &n), STATUS_OK);
	ck_assert_int_eq(n, 0);
	ck_assert_ptr_null(hdf_get_obj(h, "S"));
	hdf_destroy(&h);
}
END_TEST

START_TEST(db_long_values_are_read_whole)
{
	struct db_arg arg;
	char text[2000], sql[2300];
	HDF *h;
	MYSQL *m;
	unsigned long long v;

	/* In a transaction that is rolled back: other tests see nothing. */
	ck_assert_ptr_eq(db_ready(&v), STATUS_OK);
	m = db_handle();
	memset(text, 'k', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	snprintf(sql, sizeof(sql), "INSERT INTO service_item (service_id, "
	    "version_id, component_code, position, text) SELECT s.id, v.id, "
	    "'dasar_hukum', 99, '%s' FROM service s JOIN standard_version v "
	    "ON v.service_id = s.id WHERE s.slug = 'pembinaan-umkm-koperasi' "
	    "ORDER BY v.number DESC LIMIT 1", text);
	ck_assert_int_eq(mysql_query(m, "START TRANSACTION"), 0);
	ck_assert_msg(mysql_query(m, sql) == 0, "%s", mysql_error(m));
	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	arg = DB_ARG_INT(current_version());
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_SERVICE_ITEMS, &arg, 1, h, "I",
	    NULL), STATUS_OK);
	ck_assert_str_eq(hdf_get_value(h, "I.0.code", ""), "dasar_hukum");
	ck_assert_str_eq(hdf_get_value(h, "I.0.text", ""), text);
	ck_assert_int_eq(mysql_query(m, "ROLLBACK"), 0);
	hdf_destroy(&h);
}
END_TEST

START_TEST(db_reconnects_after_the_connection_is_lost)
{
	unsigned long long v;
	HDF *h;
	int n = 0;

	ck_assert_ptr_eq(db_ready(&v), STATUS_OK);
	/* The server ends our session, as after a restart or a timeout. */
	mysql_query(db_handle(), "KILL CONNECTION CONNECTION_ID()");
	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_LANES, NULL, 0, h, "L", &n),
	    STATUS_OK);
	ck_assert_int_eq(n, 7);
	ck_assert_str_eq(hdf_get_value(h, "L.0.name", ""), "UMKM dan Koperasi");
	ck_assert_str_eq(hdf_get_value(h, "L.6.name", ""), "Kepala Dinas");
	hdf_destroy(&h);
}
END_TEST

START_TEST(db_unreachable_server_is_db_down)
{
	unsigned long long v;
	NEOERR *err;

	ck_assert_ptr_eq(hdf_set_value(conf_get(), "Database.Socket",
	    "/nonexistent/mysqld.sock"), STATUS_OK);
	ck_assert_ptr_eq(hdf_set_value(conf_get(), "Database.Host",
	    "localhost"), STATUS_OK);
	err = db_ready(&v);
	ck_assert_msg(nerr_match(err, NERR_DB_DOWN), "expected DatabaseDown");
	nerr_ignore(&err);
	ck_assert_ptr_null(db_handle());
}
END_TEST

START_TEST(db_wrong_password_is_db_down)
{
	unsigned long long v;
	NEOERR *err;

	ck_assert_ptr_eq(hdf_set_value(conf_get(), "Database.Password",
	    "wrong-password"), STATUS_OK);
	err = db_ready(&v);
	ck_assert_msg(nerr_match(err, NERR_DB_DOWN), "expected DatabaseDown");
	nerr_ignore(&err);
}
END_TEST

/* Tries to insert a request with the given submit key. */
static NEOERR *
try_insert_request(const char *submit_key, unsigned long long *id)
{
	char code[TRACKING_CODE_LEN];
	struct db_arg a[19];
	size_t n = 0;

	tracking_code(code, sizeof(code));
	a[n++] = DB_ARG_STR(code);
	a[n++] = DB_ARG_STR(submit_key);
	a[n++] = DB_ARG_INT(1);
	a[n++] = DB_ARG_STR("koperasi");
	a[n++] = DB_ARG_STR("KSP Maju Bersama");
	a[n++] = DB_ARG_STR("Ani");
	a[n++] = DB_ARG_STR("Ketua");
	a[n++] = DB_ARG_STR("+6281234567890");
	a[n++] = DB_ARG_NULL;				/* email */
	a[n++] = DB_ARG_STR("Jl. Lintas Sumatera");
	a[n++] = DB_ARG_STR("Kupitan");
	a[n++] = DB_ARG_STR("Padang Sibusuk");
	a[n++] = DB_ARG_STR("Simpan pinjam");
	a[n++] = DB_ARG_NULL;				/* nib */
	a[n++] = DB_ARG_STR("123/BH/2020");
	a[n++] = DB_ARG_STR("kelembagaan,keuangan");
	a[n++] = DB_ARG_STR("Pembinaan pembukuan koperasi.");
	a[n++] = DB_ARG_INT(2);
	a[n++] = DB_ARG_INT(current_version());
	return db_exec(STMT_REQUEST_INSERT, a, n, id);
}

/* Inserts a request with the given submit key; returns its id. */
static unsigned long long
insert_request(const char *submit_key)
{
	unsigned long long id = 0;

	ck_assert_ptr_eq(try_insert_request(submit_key, &id), STATUS_OK);
	ck_assert_uint_gt(id, 0);
	return id;
}

static void
insert_event(unsigned long long request_id)
{
	struct db_arg a[] = { DB_ARG_INT((long long)request_id), DB_ARG_INT(1),
	    DB_ARG_STR("diajukan"), DB_ARG_STR("pemohon"), DB_ARG_NULL,
	    DB_ARG_NULL };

	ck_assert_ptr_eq(db_exec(STMT_EVENT_INSERT, a, 6, NULL), STATUS_OK);
}

/* Returns the number of requests with this submit key (0 or 1). */
static int
requests_with_key(const char *submit_key)
{
	struct db_arg arg = DB_ARG_STR(submit_key);
	HDF *h;
	int n = -1;

	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_REQUEST_BY_SUBMIT_KEY, &arg, 1, h,
	    "R", &n), STATUS_OK);
	hdf_destroy(&h);
	return n;
}

static void
random_key(char *key, size_t len)
{
	char a[TRACKING_CODE_LEN], b[TRACKING_CODE_LEN];

	tracking_code(a, sizeof(a));
	tracking_code(b, sizeof(b));
	snprintf(key, len, "test-%s-%s", a, b);
}

START_TEST(db_rolled_back_transaction_leaves_nothing)
{
	struct db_arg a[7];
	unsigned long long id;
	char key[64];

	random_key(key, sizeof(key));
	ck_assert_ptr_eq(db_begin(), STATUS_OK);
	id = insert_request(key);
	a[0] = DB_ARG_INT((long long)id);
	a[1] = DB_ARG_STR("surat_permohonan");
	a[2] = DB_ARG_STR("0123456789abcdef0123456789abcdef"
	    "0123456789abcdef0123456789abcdef");
	a[3] = DB_ARG_STR("e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	a[4] = DB_ARG_STR("application/pdf");
	a[5] = DB_ARG_INT(1234);
	a[6] = DB_ARG_STR("surat.pdf");
	ck_assert_ptr_eq(db_exec(STMT_ATTACHMENT_INSERT, a, 7, NULL), STATUS_OK);
	insert_event(id);
	ck_assert_int_eq(requests_with_key(key), 1);	/* seen inside */
	db_rollback();
	ck_assert_int_eq(requests_with_key(key), 0);
}
END_TEST

START_TEST(db_committed_transaction_is_kept)
{
	char key[64];

	random_key(key, sizeof(key));
	ck_assert_ptr_eq(db_begin(), STATUS_OK);
	insert_event(insert_request(key));
	ck_assert_ptr_eq(db_commit(), STATUS_OK);
	db_close();	/* a new connection sees it too */
	ck_assert_int_eq(requests_with_key(key), 1);
}
END_TEST

START_TEST(db_taken_unique_key_is_duplicate)
{
	char key[64];
	NEOERR *err;
	unsigned long long id;

	random_key(key, sizeof(key));
	ck_assert_ptr_eq(db_begin(), STATUS_OK);
	insert_request(key);
	/* The same form sent twice: the second insert must not pass. */
	err = try_insert_request(key, &id);
	ck_assert_msg(nerr_match(err, NERR_DUPLICATE), "expected Duplicate");
	nerr_ignore(&err);
	db_rollback();
}
END_TEST

START_TEST(db_lost_connection_in_a_transaction_is_not_retried)
{
	char key[64];
	HDF *h;
	NEOERR *err;

	random_key(key, sizeof(key));
	ck_assert_ptr_eq(db_begin(), STATUS_OK);
	insert_request(key);
	mysql_query(db_handle(), "KILL CONNECTION CONNECTION_ID()");
	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	err = db_rows_to_hdf(STMT_LANES, NULL, 0, h, "L", NULL);
	ck_assert_msg(nerr_match(err, NERR_DB_DOWN), "expected DatabaseDown");
	nerr_ignore(&err);
	hdf_destroy(&h);
	db_rollback();
	ck_assert_int_eq(requests_with_key(key), 0);
}
END_TEST

/* Stores a file row of size bytes and mime type for a request. */
static void
insert_attachment(unsigned long long request_id, long long size,
    const char *mime)
{
	unsigned char rnd[32];
	char name[65];
	struct db_arg a[7];

	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(name, sizeof(name), rnd, sizeof(rnd));
	a[0] = DB_ARG_INT((long long)request_id);
	a[1] = DB_ARG_STR("pendukung");
	a[2] = DB_ARG_STR(name);
	a[3] = DB_ARG_STR("e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	a[4] = DB_ARG_STR(mime);
	a[5] = DB_ARG_INT(size);
	a[6] = DB_ARG_STR("foto.jpg");
	ck_assert_ptr_eq(db_exec(STMT_ATTACHMENT_INSERT, a, 7, NULL), STATUS_OK);
}

START_TEST(db_public_view_of_a_request_speaks_indonesian)
{
	struct db_arg arg;
	unsigned long long id;
	char key[64];
	HDF *h;
	int n = -1;

	random_key(key, sizeof(key));
	ck_assert_ptr_eq(db_begin(), STATUS_OK);
	id = insert_request(key);
	insert_event(id);
	insert_attachment(id, 1234567, "image/jpeg");
	insert_attachment(id, 1234, "image/png");
	ck_assert_ptr_eq(hdf_init(&h), STATUS_OK);
	arg = DB_ARG_INT((long long)id);
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_REQUEST_FILES, &arg, 1, h, "F",
	    &n), STATUS_OK);
	ck_assert_int_eq(n, 2);
	ck_assert_str_eq(hdf_get_value(h, "F.0.kind_label", ""),
	    "Berkas pendukung");
	ck_assert_str_eq(hdf_get_value(h, "F.0.type_label", ""), "JPEG");
	ck_assert_str_eq(hdf_get_value(h, "F.0.size_text", ""), "1,2 MB");
	ck_assert_str_eq(hdf_get_value(h, "F.1.size_text", ""), "2 KB");
	ck_assert_str_eq(hdf_get_value(h, "F.1.sha256_short", ""),
	    "e3b0c44298fc1c14");
	ck_assert_ptr_eq(db_rows_to_hdf(STMT_REQUEST_STEP_TIMES, &arg, 1, h,
	    "T", &n), STATUS_OK);
	ck_assert_int_eq(n, 1);
	/* "29 November 2026 pukul 13.05 WIB": Indonesian words, WIB. */
	ck_assert_ptr_nonnull(strstr(hdf_get_value(h, "T.0.at_text", ""),
	    " pukul "));
	ck_assert_ptr_nonnull(strstr(hdf_get_value(h, "T.0.at_text", ""),
	    " WIB"));
	hdf_destroy(&h);
	db_rollback();
}
END_TEST

/* A request for the throttle, from addr. */
static struct req *
request_from(const char *addr)
{
	static struct req r;

	memset(&r, 0, sizeof(r));
	ck_assert_ptr_eq(hdf_init(&r.hdf), STATUS_OK);
	ck_assert_ptr_eq(hdf_set_value(r.hdf, "CGI.RemoteAddress", addr),
	    STATUS_OK);
	return &r;
}

START_TEST(throttle_counts_attempts_per_address_and_kind)
{
	char addr[64], other[64], code[TRACKING_CODE_LEN];
	struct req *r;
	int over = -1, i;

	/* Addresses of this run alone: the database outlives runs. */
	tracking_code(code, sizeof(code));
	snprintf(addr, sizeof(addr), "192.0.2.1-%s", code);
	snprintf(other, sizeof(other), "192.0.2.2-%s", code);
	ck_assert_ptr_eq(hdf_set_value(conf_get(), "Limits.TrackMisses", "3"),
	    STATUS_OK);
	r = request_from(addr);
	for (i = 0; i < 3; i++) {
		ck_assert_ptr_eq(throttle_over(r, ATTEMPT_TRACK_MISS, NULL, &over),
		    STATUS_OK);
		ck_assert_int_eq(over, 0);
		ck_assert_ptr_eq(throttle_note(r, ATTEMPT_TRACK_MISS, NULL),
		    STATUS_OK);
	}
	ck_assert_ptr_eq(throttle_over(r, ATTEMPT_TRACK_MISS, NULL, &over),
	    STATUS_OK);
	ck_assert_int_eq(over, 1);
	/* Submissions are counted apart. */
	ck_assert_ptr_eq(throttle_over(r, ATTEMPT_SUBMIT, NULL, &over), STATUS_OK);
	ck_assert_int_eq(over, 0);
	hdf_destroy(&r->hdf);
	r = request_from(other);
	ck_assert_ptr_eq(throttle_over(r, ATTEMPT_TRACK_MISS, NULL, &over),
	    STATUS_OK);
	ck_assert_int_eq(over, 0);
	hdf_destroy(&r->hdf);
}
END_TEST

START_TEST(throttle_forgets_attempts_past_the_window)
{
	char addr[64], code[TRACKING_CODE_LEN];
	struct req *r;
	int over = -1;

	tracking_code(code, sizeof(code));
	snprintf(addr, sizeof(addr), "198.51.100.9-%s", code);
	ck_assert_ptr_eq(hdf_set_value(conf_get(), "Limits.Submissions", "1"),
	    STATUS_OK);
	r = request_from(addr);
	ck_assert_ptr_eq(throttle_note(r, ATTEMPT_SUBMIT, NULL), STATUS_OK);
	ck_assert_ptr_eq(throttle_over(r, ATTEMPT_SUBMIT, NULL, &over), STATUS_OK);
	ck_assert_int_eq(over, 1);
	/* A window of no time: the attempt of this second is outside it. */
	ck_assert_ptr_eq(hdf_set_value(conf_get(), "Limits.SubmitWindow", "0"),
	    STATUS_OK);
	ck_assert_ptr_eq(throttle_over(r, ATTEMPT_SUBMIT, NULL, &over), STATUS_OK);
	ck_assert_int_eq(over, 0);
	hdf_destroy(&r->hdf);
}
END_TEST

/* The audit trail is append-only for the programs' database user. */
START_TEST(db_events_cannot_be_changed_or_deleted)
{
	char key[64];
	unsigned long long id;

	random_key(key, sizeof(key));
	ck_assert_ptr_eq(db_begin(), STATUS_OK);
	id = insert_request(key);
	insert_event(id);
	ck_assert_int_ne(mysql_query(db_handle(),
	    "UPDATE event SET note = 'diubah' ORDER BY id DESC LIMIT 1"), 0);
	ck_assert_uint_eq(mysql_errno(db_handle()), 1142);	/* denied */
	ck_assert_int_ne(mysql_query(db_handle(),
	    "DELETE FROM event ORDER BY id DESC LIMIT 1"), 0);
	ck_assert_uint_eq(mysql_errno(db_handle()), 1142);
	ck_assert_int_ne(mysql_query(db_handle(), "TRUNCATE TABLE event"), 0);
	db_rollback();
}
END_TEST

START_TEST(throttle_keeps_no_address)
{
	char a[65], b[65], again[65];
	struct req *r;

	r = request_from("203.0.113.5");
	ck_assert_ptr_eq(throttle_source(r, NULL, a, sizeof(a)), STATUS_OK);
	ck_assert_ptr_eq(throttle_source(r, NULL, again, sizeof(again)), STATUS_OK);
	hdf_destroy(&r->hdf);
	r = request_from("203.0.113.6");
	ck_assert_ptr_eq(throttle_source(r, NULL, b, sizeof(b)), STATUS_OK);
	hdf_destroy(&r->hdf);
	ck_assert_uint_eq(strlen(a), 64);
	ck_assert_uint_eq(strspn(a, "0123456789abcdef"), 64);
	ck_assert_str_eq(a, again);
	ck_assert_str_ne(a, b);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("db");
	TCase *tc = tcase_create("db");
	const char *ci;
	int failed;

	if (getenv("SIBINA_CONFIG") == NULL) {
		ci = getenv("CI");
		fprintf(stderr, "check_db: SIBINA_CONFIG is not set (run by "
		    "./dev test)\n");
		return ci != NULL && strcmp(ci, "true") == 0 ? 1 : 77;
	}
	if (errors_init() != STATUS_OK)
		return 1;
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, db_ready_checks_schema_and_tells_content_version);
	tcase_add_test(tc, db_rows_to_hdf_reads_the_sop_steps);
	tcase_add_test(tc, db_no_rows_is_not_an_error);
	tcase_add_test(tc, db_long_values_are_read_whole);
	tcase_add_test(tc, db_reconnects_after_the_connection_is_lost);
	tcase_add_test(tc, db_unreachable_server_is_db_down);
	tcase_add_test(tc, db_wrong_password_is_db_down);
	tcase_add_test(tc, db_rolled_back_transaction_leaves_nothing);
	tcase_add_test(tc, db_committed_transaction_is_kept);
	tcase_add_test(tc, db_taken_unique_key_is_duplicate);
	tcase_add_test(tc, db_lost_connection_in_a_transaction_is_not_retried);
	tcase_add_test(tc, db_public_view_of_a_request_speaks_indonesian);
	tcase_add_test(tc, throttle_counts_attempts_per_address_and_kind);
	tcase_add_test(tc, throttle_forgets_attempts_past_the_window);
	tcase_add_test(tc, throttle_keeps_no_address);
	tcase_add_test(tc, db_events_cannot_be_changed_or_deleted);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	return failed;
}
