/* check_code.c: unit tests of random codes (code.c) and CSRF tokens (csrf.c). */
#include "sibina.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#define SYMBOLS "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

static char *dir;

START_TEST(incident_ids_are_short_and_unambiguous)
{
	char id[INCIDENT_ID_LEN], other[INCIDENT_ID_LEN];
	int i;

	for (i = 0; i < 200; i++) {
		incident_id(id, sizeof(id));
		ck_assert_uint_eq(strlen(id), 8);
		ck_assert_uint_eq(strspn(id, SYMBOLS), 8);
	}
	incident_id(other, sizeof(other));
	ck_assert_str_ne(id, other);
}
END_TEST

START_TEST(tracking_codes_are_grouped_and_unambiguous)
{
	char code[TRACKING_CODE_LEN];
	int i;

	for (i = 0; i < 500; i++) {
		tracking_code(code, sizeof(code));
		ck_assert_uint_eq(strlen(code), 11);
		ck_assert_int_eq(code[5], '-');
		ck_assert_uint_eq(strspn(code, SYMBOLS), 5);
		ck_assert_uint_eq(strspn(code + 6, SYMBOLS), 5);
	}
}
END_TEST

START_TEST(tracking_codes_use_every_symbol_about_equally)
{
	char code[TRACKING_CODE_LEN];
	int count[256] = { 0 }, i, j;
	const char *s;

	/* 40,000 symbols: each of 32 expected 1250 times. */
	for (i = 0; i < 4000; i++) {
		tracking_code(code, sizeof(code));
		for (j = 0; code[j] != '\0'; j++)
			if (code[j] != '-')
				count[(unsigned char)code[j]]++;
	}
	for (s = SYMBOLS; *s != '\0'; s++)
		ck_assert_msg(count[(unsigned char)*s] > 1000 &&
		    count[(unsigned char)*s] < 1500, "%c drawn %d times", *s,
		    count[(unsigned char)*s]);
}
END_TEST

START_TEST(tracking_code_parse_takes_what_people_type)
{
	char out[TRACKING_CODE_LEN];

	ck_assert_int_eq(tracking_code_parse("7KQ4M-2XPAB", out, sizeof(out)), 0);
	ck_assert_str_eq(out, "7KQ4M-2XPAB");
	ck_assert_int_eq(tracking_code_parse(" 7kq4m 2xpab ", out, sizeof(out)),
	    0);
	ck_assert_str_eq(out, "7KQ4M-2XPAB");
	ck_assert_int_eq(tracking_code_parse("7-K-Q-4-M-2-X-P-A-B", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "7KQ4M-2XPAB");
}
END_TEST

START_TEST(tracking_code_parse_refuses_what_cannot_be_a_code)
{
	static const char *const bad[] = {
		"", "7KQ4M-2XPA", "7KQ4M-2XPABC", "7KQ4M-2XPA0", "7KQ4M-2XPAO",
		"1KQ4M-2XPAB", "IKQ4M-2XPAB", "7KQ4M_2XPAB", "7KQ4M-2XPA\xc3\xa9",
		"' OR 1=1 --", "<script>",
	};
	char out[TRACKING_CODE_LEN];
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(tracking_code_parse(bad[i], out, sizeof(out)) == -1,
		    "accepted %s", bad[i]);
}
END_TEST

static void
setup(void)
{
	char path[512];

	snprintf(path, sizeof(path), "%s/sibina.hdf", dir);
	ck_assert_ptr_eq(conf_load(path), STATUS_OK);
}

static void
teardown(void)
{
	conf_free();
}

START_TEST(csrf_token_is_valid_for_its_binding_only)
{
	char tok[CSRF_TOKEN_LEN];
	time_t now = 1800000000;

	ck_assert_ptr_eq(csrf_token("browser-a", now, tok, sizeof(tok)),
	    STATUS_OK);
	ck_assert_uint_eq(strlen(tok), 80);
	ck_assert_int_eq(csrf_valid(tok, "browser-a", now), 1);
	ck_assert_int_eq(csrf_valid(tok, "browser-a", now + CSRF_TTL - 1), 1);
	ck_assert_int_eq(csrf_valid(tok, "browser-b", now), 0);
	ck_assert_int_eq(csrf_valid(tok, "", now), 0);
}
END_TEST

START_TEST(csrf_token_expires)
{
	char tok[CSRF_TOKEN_LEN];
	time_t now = 1800000000;

	ck_assert_ptr_eq(csrf_token("b", now, tok, sizeof(tok)), STATUS_OK);
	ck_assert_int_eq(csrf_valid(tok, "b", now + CSRF_TTL + 1), 0);
	/* Nor is a token from the future (a clock far behind) taken. */
	ck_assert_int_eq(csrf_valid(tok, "b", now - 3600), 0);
}
END_TEST

START_TEST(csrf_altered_or_malformed_tokens_are_refused)
{
	char tok[CSRF_TOKEN_LEN];
	time_t now = 1800000000;
	size_t i;

	ck_assert_ptr_eq(csrf_token("b", now, tok, sizeof(tok)), STATUS_OK);
	for (i = 0; i < 80; i += 7) {
		char bad[CSRF_TOKEN_LEN];

		memcpy(bad, tok, sizeof(bad));
		bad[i] = bad[i] == '0' ? '1' : '0';
		ck_assert_msg(csrf_valid(bad, "b", now) == 0, "flip at %zu", i);
	}
	ck_assert_int_eq(csrf_valid("", "b", now), 0);
	ck_assert_int_eq(csrf_valid(NULL, "b", now), 0);
	ck_assert_int_eq(csrf_valid("zz", "b", now), 0);
	tok[79] = '\0';
	ck_assert_int_eq(csrf_valid(tok, "b", now), 0);
}
END_TEST

START_TEST(csrf_token_from_another_secret_is_refused)
{
	char tok[CSRF_TOKEN_LEN], path[512];
	time_t now = 1800000000;

	ck_assert_ptr_eq(csrf_token("b", now, tok, sizeof(tok)), STATUS_OK);
	snprintf(path, sizeof(path), "%s/other.hdf", dir);
	ck_assert_ptr_eq(conf_load(path), STATUS_OK);
	ck_assert_int_eq(csrf_valid(tok, "b", now), 0);
}
END_TEST

START_TEST(csrf_without_a_secret_is_an_error)
{
	char tok[CSRF_TOKEN_LEN], path[512];
	NEOERR *err;

	snprintf(path, sizeof(path), "%s/nosecret.hdf", dir);
	ck_assert_ptr_eq(conf_load(path), STATUS_OK);
	err = csrf_token("b", 1800000000, tok, sizeof(tok));
	ck_assert_ptr_ne(err, STATUS_OK);
	nerr_ignore(&err);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("code");
	TCase *codes = tcase_create("codes"), *csrf = tcase_create("csrf");
	int failed;

	if (errors_init() != STATUS_OK)
		return 1;
	dir = unit_scratch_dir("check_code");
	unit_write(dir, "sibina.hdf", "Security.Secret = "
	    "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
	unit_write(dir, "other.hdf", "Security.Secret = "
	    "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100\n");
	unit_write(dir, "nosecret.hdf", "Security.Secret = 1234\n");
	tcase_add_test(codes, incident_ids_are_short_and_unambiguous);
	tcase_add_test(codes, tracking_codes_are_grouped_and_unambiguous);
	tcase_add_test(codes, tracking_codes_use_every_symbol_about_equally);
	tcase_add_test(codes, tracking_code_parse_takes_what_people_type);
	tcase_add_test(codes, tracking_code_parse_refuses_what_cannot_be_a_code);
	tcase_add_checked_fixture(csrf, setup, teardown);
	tcase_add_test(csrf, csrf_token_is_valid_for_its_binding_only);
	tcase_add_test(csrf, csrf_token_expires);
	tcase_add_test(csrf, csrf_altered_or_malformed_tokens_are_refused);
	tcase_add_test(csrf, csrf_token_from_another_secret_is_refused);
	tcase_add_test(csrf, csrf_without_a_secret_is_an_error);
	suite_add_tcase(s, codes);
	suite_add_tcase(s, csrf);
	failed = unit_run(s);
	unit_remove_dir(dir);
	return failed;
}
