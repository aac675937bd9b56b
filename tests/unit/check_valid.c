/* check_valid.c: unit tests of the input validators (valid.c). */
#include "sibina.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

START_TEST(utf8_accepts_indonesian_and_multibyte_text)
{
	const char *s = "Koperasi Simpan Pinjam \xe2\x80\x94 Muaro \xc3\xa9 "
	    "\xf0\x9f\x98\x80";

	ck_assert_int_eq(utf8_valid(s, strlen(s)), 1);
	ck_assert_int_eq(utf8_valid("", 0), 1);
}
END_TEST

START_TEST(utf8_rejects_malformed_sequences)
{
	ck_assert_int_eq(utf8_valid("\xff", 1), 0);            /* never valid */
	ck_assert_int_eq(utf8_valid("\xc0\xaf", 2), 0);        /* overlong / */
	ck_assert_int_eq(utf8_valid("\xe0\x80\xaf", 3), 0);    /* overlong */
	ck_assert_int_eq(utf8_valid("\xed\xa0\x80", 3), 0);    /* surrogate */
	ck_assert_int_eq(utf8_valid("\xf4\x90\x80\x80", 4), 0);/* > U+10FFFF */
	ck_assert_int_eq(utf8_valid("\xe2\x80", 2), 0);        /* truncated */
	ck_assert_int_eq(utf8_valid("a\x80", 2), 0);           /* stray */
	ck_assert_int_eq(utf8_valid("a\0b", 3), 0);            /* NUL */
}
END_TEST

START_TEST(slug_accepts_lowercase_words_with_dashes)
{
	ck_assert_int_eq(slug_valid("pembinaan-umkm-koperasi"), 1);
	ck_assert_int_eq(slug_valid("a1"), 1);
}
END_TEST

START_TEST(slug_rejects_other_characters_and_lengths)
{
	char longslug[70];

	ck_assert_int_eq(slug_valid(""), 0);
	ck_assert_int_eq(slug_valid(NULL), 0);
	ck_assert_int_eq(slug_valid("-x"), 0);
	ck_assert_int_eq(slug_valid("Pembinaan"), 0);
	ck_assert_int_eq(slug_valid("a/b"), 0);
	ck_assert_int_eq(slug_valid("a b"), 0);
	ck_assert_int_eq(slug_valid("../etc"), 0);
	memset(longslug, 'a', 65);
	longslug[65] = '\0';
	ck_assert_int_eq(slug_valid(longslug), 0);
	longslug[64] = '\0';
	ck_assert_int_eq(slug_valid(longslug), 1);
}
END_TEST

START_TEST(path_decode_strips_query_and_decodes_escapes)
{
	char *p;

	ck_assert_ptr_eq(path_decode("/layanan/a%2Db?x=1#f", &p), STATUS_OK);
	ck_assert_str_eq(p, "/layanan/a-b");
	free(p);
	ck_assert_ptr_eq(path_decode("/", &p), STATUS_OK);
	ck_assert_str_eq(p, "/");
	free(p);
	ck_assert_ptr_eq(path_decode("/caf%C3%A9", &p), STATUS_OK);
	ck_assert_str_eq(p, "/caf\xc3\xa9");
	free(p);
}
END_TEST

static void
assert_bad_path(const char *uri)
{
	NEOERR *err;
	char *p;

	err = path_decode(uri, &p);
	ck_assert_msg(err != STATUS_OK, "accepted %s", uri);
	ck_assert_msg(nerr_match(err, NERR_BAD_REQUEST), "wrong error for %s",
	    uri);
	ck_assert_ptr_null(p);
	nerr_ignore(&err);
}

START_TEST(path_decode_rejects_nul_bad_escapes_and_bad_utf8)
{
	assert_bad_path("/a%00b");
	assert_bad_path("/a%zz");
	assert_bad_path("/a%4");
	assert_bad_path("/a%");
	assert_bad_path("/%ff");
	assert_bad_path("/%c0%af");
	assert_bad_path("relative");
	assert_bad_path("");
}
END_TEST

START_TEST(path_decode_rejects_overlong_paths)
{
	char *uri, *p;
	NEOERR *err;

	uri = malloc(4000);
	ck_assert_ptr_nonnull(uri);
	uri[0] = '/';
	memset(uri + 1, 'a', 3000);
	uri[3001] = '\0';
	err = path_decode(uri, &p);
	ck_assert(nerr_match(err, NERR_BAD_REQUEST));
	nerr_ignore(&err);
	free(uri);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("valid");
	TCase *tc = tcase_create("validators");
	int failed;

	if (errors_init() != STATUS_OK)
		return 1;
	tcase_add_test(tc, utf8_accepts_indonesian_and_multibyte_text);
	tcase_add_test(tc, utf8_rejects_malformed_sequences);
	tcase_add_test(tc, slug_accepts_lowercase_words_with_dashes);
	tcase_add_test(tc, slug_rejects_other_characters_and_lengths);
	tcase_add_test(tc, path_decode_strips_query_and_decodes_escapes);
	tcase_add_test(tc, path_decode_rejects_nul_bad_escapes_and_bad_utf8);
	tcase_add_test(tc, path_decode_rejects_overlong_paths);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	return failed;
}
