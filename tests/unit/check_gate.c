/* check_gate.c: unit tests of a request through the gate (req.c, route.c, resp.c), as CGI. */
#include "sibina.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

static char *dir;
static char out_path[300], log_path[300];

static NEOERR *
h_page(struct req *r)
{
	NEOERR *err;

	/* A hostile value and an attempt to switch escaping off. */
	err = hdf_set_value(r->hdf, "Config.VarEscapeMode", "none");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Text",
		    "<script>alert(1)</script>");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Param",
		    r->param[0] != NULL ? r->param[0] : "");
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(resp_page(r, "page.cs"));
}

static NEOERR *
h_fail(struct req *r)
{
	(void)r;
	return nerr_raise(NERR_ASSERT, "%s", "secret detail of the failure");
}

static NEOERR *
h_db_down(struct req *r)
{
	(void)r;
	return nerr_raise(NERR_DB_DOWN, "%s", "connect: 2002");
}

static NEOERR *
h_missing(struct req *r)
{
	(void)r;
	return nerr_raise(NERR_NO_PAGE, "%s", "no such record");
}

static NEOERR *
h_form(struct req *r)
{
	NEOERR *err = csrf_prepare(r);

	if (err != STATUS_OK)
		return nerr_pass(err);
	err = hdf_set_value(r->hdf, "Page.Text", hdf_get_value(r->hdf,
	    "CSRF.token", ""));
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(resp_page(r, "page.cs"));
}

static const struct route table[] = {
	{ "GET", "/form", h_form, 0, 0 },
	{ "GET", "/page/:x", h_page, 0, 0 },
	{ "GET", "/fail", h_fail, 0, 0 },
	{ "GET", "/down", h_db_down, 0, 0 },
	{ "GET", "/missing", h_missing, 0, 0 },
	{ "POST", "/post-only", h_page, 0, 0 },
};

/* Runs one CGI request through the gate; returns what it printed. */
static char *
run(const char *method, const char *uri)
{
	struct io io;
	struct req r;
	NEOERR *err;
	FILE *f;
	char *buf;
	long n;

	memset(&io, 0, sizeof(io));
	setenv("REQUEST_METHOD", method, 1);
	setenv("REQUEST_URI", uri, 1);
	setenv("GATEWAY_INTERFACE", "CGI/1.1", 1);
	setenv("SERVER_PROTOCOL", "HTTP/1.1", 1);
	ck_assert_ptr_nonnull(freopen(out_path, "w", stdout));
	err = req_begin(&r, &io);
	if (err != STATUS_OK)
		resp_fail(&r, err);
	else
		route_dispatch(&r, table, sizeof(table) / sizeof(table[0]));
	req_end(&r);
	fflush(stdout);
	f = fopen(out_path, "r");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = calloc(1, (size_t)n + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(fread(buf, 1, (size_t)n, f), n);
	fclose(f);
	return buf;
}

static void
setup(void)
{
	char conf[600];

	snprintf(conf, sizeof(conf), "Paths.Templates = %s\nPaths.Log = %s\n"
	    "Site.BasePath = /sibina\nOffice.Name = Dinas Uji\n"
	    "Security.Secret = 00112233445566778899aabbccddeeff0011223344556677"
	    "8899aabbccddeeff\n", dir, log_path);
	unit_write(dir, "sibina.hdf", conf);
	snprintf(conf, sizeof(conf), "%s/sibina.hdf", dir);
	ck_assert_ptr_eq(conf_load(conf), STATUS_OK);
	log_open(log_path);
}

START_TEST(gate_page_has_status_and_security_headers)
{
	char *o = run("GET", "/sibina/page/abc");

	ck_assert_msg(strncmp(o, "Status: 200 OK\r\n", 16) == 0, "%s", o);
	ck_assert_ptr_nonnull(strstr(o,
	    "Content-Type: text/html; charset=utf-8\r\n"));
	ck_assert_ptr_nonnull(strstr(o, "X-Content-Type-Options: nosniff\r\n"));
	ck_assert_ptr_nonnull(strstr(o, "frame-ancestors 'none'"));
	ck_assert_ptr_nonnull(strstr(o, "Referrer-Policy: same-origin\r\n"));
	ck_assert_ptr_null(strstr(o, "unsafe-inline"));
	ck_assert_ptr_nonnull(strstr(o, "param=abc;"));
	ck_assert_ptr_nonnull(strstr(o, "office=Dinas Uji;"));
	free(o);
}
END_TEST

START_TEST(gate_escapes_every_var_whatever_the_data_says)
{
	char *o = run("GET", "/sibina/page/x");

	ck_assert_ptr_null(strstr(o, "<script>"));
	ck_assert_ptr_nonnull(strstr(o, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	free(o);
}
END_TEST

START_TEST(gate_head_gets_headers_without_body)
{
	char *o = run("HEAD", "/sibina/page/x");
	char *body;

	ck_assert_msg(strncmp(o, "Status: 200 OK\r\n", 16) == 0, "%s", o);
	body = strstr(o, "\r\n\r\n");
	ck_assert_ptr_nonnull(body);
	ck_assert_str_eq(body + 4, "");
	ck_assert_ptr_nonnull(strstr(o, "Content-Length: "));
	free(o);
}
END_TEST

START_TEST(gate_unknown_path_is_404_with_escaped_path)
{
	char *o = run("GET", "/sibina/%3Cb%3Eada");

	ck_assert_msg(strncmp(o, "Status: 404 Not Found\r\n", 23) == 0, "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "X-Content-Type-Options: nosniff"));
	ck_assert_ptr_nonnull(strstr(o, "error=404;path=/&lt;b&gt;ada;"));
	free(o);
}
END_TEST

START_TEST(gate_wrong_method_is_405_with_allow)
{
	char *o = run("POST", "/sibina/page/x");

	ck_assert_msg(strncmp(o, "Status: 405 Method Not Allowed\r\n", 32) == 0,
	    "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "Allow: GET, HEAD\r\n"));
	free(o);
	o = run("GET", "/sibina/post-only");
	ck_assert_ptr_nonnull(strstr(o, "Allow: POST\r\n"));
	free(o);
}
END_TEST

START_TEST(gate_malformed_path_is_400)
{
	char *o = run("GET", "/sibina/a%00b");

	ck_assert_msg(strncmp(o, "Status: 400 Bad Request\r\n", 25) == 0, "%s", o);
	free(o);
	o = run("GET", "/sibina/%ff");
	ck_assert_msg(strncmp(o, "Status: 400 Bad Request\r\n", 25) == 0, "%s", o);
	free(o);
}
END_TEST

START_TEST(gate_handler_error_is_500_with_incident_in_page_and_log)
{
	char *o = run("GET", "/sibina/fail");
	char id[9], line[4096], *p;
	FILE *f;
	int found = 0;

	ck_assert_msg(strncmp(o, "Status: 500 Internal Server Error\r\n", 35) ==
	    0, "%s", o);
	ck_assert_ptr_null(strstr(o, "secret detail"));
	p = strstr(o, "incident=");
	ck_assert_ptr_nonnull(p);
	memcpy(id, p + 9, 8);
	id[8] = '\0';
	ck_assert_uint_eq(strspn(id, "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"), 8);
	f = fopen(log_path, "r");
	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof(line), f) != NULL)
		if (strstr(line, id) != NULL &&
		    strstr(line, "secret detail of the failure") != NULL)
			found = 1;
	fclose(f);
	ck_assert_msg(found, "incident %s not in the log", id);
	free(o);
}
END_TEST

START_TEST(gate_database_down_is_503_with_retry_after)
{
	char *o = run("GET", "/sibina/down");

	ck_assert_msg(strncmp(o, "Status: 503 Service Unavailable\r\n", 33) == 0,
	    "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "Retry-After: 30\r\n"));
	ck_assert_ptr_nonnull(strstr(o, "X-Frame-Options: DENY\r\n"));
	free(o);
}
END_TEST

START_TEST(gate_body_over_the_limit_is_413_without_reading_it)
{
	char *o;

	setenv("CONTENT_TYPE", "multipart/form-data; boundary=x", 1);
	setenv("CONTENT_LENGTH", "6291457", 1);
	o = run("POST", "/sibina/post-only");
	ck_assert_msg(strncmp(o, "Status: 413 Content Too Large\r\n", 31) == 0,
	    "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "error=413;"));
	ck_assert_ptr_nonnull(strstr(o, "X-Content-Type-Options: nosniff"));
	free(o);
	setenv("CONTENT_LENGTH", "99999999999999999999", 1);
	o = run("POST", "/sibina/post-only");
	ck_assert_msg(strncmp(o, "Status: 413 ", 12) == 0, "%s", o);
	free(o);
}
END_TEST

#define BROWSER "0123456789abcdef0123456789abcdef"

START_TEST(gate_post_without_a_csrf_token_is_403_and_reaches_no_handler)
{
	char *o;

	o = run("POST", "/sibina/post-only");
	ck_assert_msg(strncmp(o, "Status: 403 Forbidden\r\n", 23) == 0, "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "error=403;"));
	ck_assert_ptr_null(strstr(o, "param="));
	free(o);
	setenv("HTTP_COOKIE", "sibina_csrf=" BROWSER, 1);
	setenv("QUERY_STRING", "csrf=00ff", 1);
	o = run("POST", "/sibina/post-only?csrf=00ff");
	ck_assert_msg(strncmp(o, "Status: 403 ", 12) == 0, "%s", o);
	free(o);
}
END_TEST

START_TEST(gate_post_with_the_token_of_its_browser_reaches_the_handler)
{
	char tok[CSRF_TOKEN_LEN], qs[120], *o;

	ck_assert_ptr_eq(csrf_token(BROWSER, time(NULL), tok, sizeof(tok)),
	    STATUS_OK);
	snprintf(qs, sizeof(qs), "csrf=%s", tok);
	setenv("QUERY_STRING", qs, 1);
	setenv("HTTP_COOKIE", "sibina_csrf=" BROWSER, 1);
	o = run("POST", "/sibina/post-only");
	ck_assert_msg(strncmp(o, "Status: 200 OK\r\n", 16) == 0, "%s", o);
	free(o);
	/* The same token from another browser (another cookie) is refused. */
	setenv("HTTP_COOKIE", "sibina_csrf=fedcba9876543210fedcba9876543210", 1);
	o = run("POST", "/sibina/post-only");
	ck_assert_msg(strncmp(o, "Status: 403 ", 12) == 0, "%s", o);
	free(o);
}
END_TEST

START_TEST(gate_form_page_sets_the_csrf_cookie_and_token)
{
	char *o, *text;

	o = run("GET", "/sibina/form");
	ck_assert_msg(strncmp(o, "Status: 200 OK\r\n", 16) == 0, "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "Set-Cookie: sibina_csrf="));
	ck_assert_ptr_nonnull(strstr(o, "; Path=/sibina/; HttpOnly; "
	    "SameSite=Lax\r\n"));
	text = strstr(o, "text=");
	ck_assert_ptr_nonnull(text);
	ck_assert_uint_eq(strspn(text + 5, "0123456789abcdef"), 80);
	free(o);
	/* A browser that has the cookie keeps it. */
	setenv("HTTP_COOKIE", "sibina_csrf=" BROWSER, 1);
	o = run("GET", "/sibina/form");
	ck_assert_ptr_null(strstr(o, "Set-Cookie:"));
	free(o);
}
END_TEST

START_TEST(gate_missing_record_is_404)
{
	char *o = run("GET", "/sibina/missing");

	ck_assert_msg(strncmp(o, "Status: 404 Not Found\r\n", 23) == 0, "%s", o);
	free(o);
}
END_TEST

START_TEST(gate_without_error_template_still_answers)
{
	char path[300], *o;

	snprintf(path, sizeof(path), "%s/error.cs", dir);
	ck_assert_int_eq(unlink(path), 0);
	o = run("GET", "/sibina/nothing-here");
	ck_assert_msg(strncmp(o, "Status: 404 Not Found\r\n", 23) == 0, "%s", o);
	ck_assert_ptr_nonnull(strstr(o, "<h1>Terjadi kesalahan</h1>"));
	ck_assert_ptr_nonnull(strstr(o, "X-Content-Type-Options: nosniff"));
	free(o);
	unit_write(dir, "error.cs", "error=<?cs var:Error.Status ?>;"
	    "path=<?cs var:Error.Path ?>;incident=<?cs var:Error.Incident ?>;\n");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("gate");
	TCase *tc = tcase_create("gate");
	int failed;

	if (errors_init() != STATUS_OK)
		return 1;
	dir = unit_scratch_dir("check_gate");
	snprintf(out_path, sizeof(out_path), "%s/out.txt", dir);
	snprintf(log_path, sizeof(log_path), "%s/sibina.log", dir);
	unit_write(dir, "page.cs", "param=<?cs var:Page.Param ?>;"
	    "office=<?cs var:Office.Name ?>;text=<?cs var:Page.Text ?>;\n");
	unit_write(dir, "error.cs", "error=<?cs var:Error.Status ?>;"
	    "path=<?cs var:Error.Path ?>;incident=<?cs var:Error.Incident ?>;\n");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, gate_page_has_status_and_security_headers);
	tcase_add_test(tc, gate_escapes_every_var_whatever_the_data_says);
	tcase_add_test(tc, gate_head_gets_headers_without_body);
	tcase_add_test(tc, gate_unknown_path_is_404_with_escaped_path);
	tcase_add_test(tc, gate_wrong_method_is_405_with_allow);
	tcase_add_test(tc, gate_malformed_path_is_400);
	tcase_add_test(tc, gate_handler_error_is_500_with_incident_in_page_and_log);
	tcase_add_test(tc, gate_database_down_is_503_with_retry_after);
	tcase_add_test(tc, gate_body_over_the_limit_is_413_without_reading_it);
	tcase_add_test(tc, gate_post_without_a_csrf_token_is_403_and_reaches_no_handler);
	tcase_add_test(tc, gate_post_with_the_token_of_its_browser_reaches_the_handler);
	tcase_add_test(tc, gate_form_page_sets_the_csrf_cookie_and_token);
	tcase_add_test(tc, gate_missing_record_is_404);
	tcase_add_test(tc, gate_without_error_template_still_answers);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	unit_remove_dir(dir);
	return failed;
}
