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

START_TEST(text_clean_allows_newlines_only_in_multiline_fields)
{
	ck_assert_int_eq(text_clean("Toko Kue Bu Ani\t(Muaro)", 0), 1);
	ck_assert_int_eq(text_clean("baris satu\r\nbaris dua", 1), 1);
	ck_assert_int_eq(text_clean("baris satu\nbaris dua", 0), 0);
	ck_assert_int_eq(text_clean("bel\x07", 1), 0);
	ck_assert_int_eq(text_clean("esc\x1b[31m", 1), 0);
	ck_assert_int_eq(text_clean("del\x7f", 0), 0);
}
END_TEST

START_TEST(utf8_chars_counts_code_points_not_bytes)
{
	ck_assert_uint_eq(utf8_chars(""), 0);
	ck_assert_uint_eq(utf8_chars("abc"), 3);
	ck_assert_uint_eq(utf8_chars("caf\xc3\xa9"), 4);
	ck_assert_uint_eq(utf8_chars("\xe2\x80\x94\xf0\x9f\x98\x80"), 2);
}
END_TEST

static void
assert_phone(const char *in, const char *want)
{
	char out[32];

	ck_assert_msg(phone_normalize(in, out, sizeof(out)) == 0, "refused %s",
	    in);
	ck_assert_str_eq(out, want);
}

START_TEST(phone_accepts_indonesian_mobile_formats)
{
	assert_phone("081234567890", "+6281234567890");
	assert_phone("0812-3456-7890", "+6281234567890");
	assert_phone("0812 3456 7890", "+6281234567890");
	assert_phone("+62 812 3456 7890", "+6281234567890");
	assert_phone("+62-812-3456-7890", "+6281234567890");
	assert_phone("6281234567890", "+6281234567890");
	assert_phone("+62 (0)812 3456 789", "+628123456789");
	assert_phone("(0812) 3456.7890", "+6281234567890");
	assert_phone("0812345678", "+62812345678");          /* shortest */
	assert_phone("0812345678901", "+62812345678901");    /* longest */
}
END_TEST

START_TEST(phone_refuses_landlines_foreign_short_and_junk)
{
	static const char *const bad[] = {
		"", "0754-20044", "075420044", "+1 202 555 0100",
		"+60 12 345 6789", "081234567", "08123456789012",
		"0812345678a", "0812/3456/7890", "++6281234567890",
		"8123456789", "+081234567890", "62 754 20044",
		"081234567890123456789012345678901234",
	};
	char out[32];
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(phone_normalize(bad[i], out, sizeof(out)) == -1,
		    "accepted %s", bad[i]);
}
END_TEST

START_TEST(email_accepts_ordinary_addresses)
{
	ck_assert_int_eq(email_valid("ani@contoh.co.id"), 1);
	ck_assert_int_eq(email_valid("koperasi.maju+info@mail.sijunjung.go.id"),
	    1);
	ck_assert_int_eq(email_valid("A_B-c@x-y.id"), 1);
}
END_TEST

START_TEST(email_refuses_malformed_addresses)
{
	static const char *const bad[] = {
		"", "ani", "ani@", "@contoh.id", "ani@contoh", "ani@@contoh.id",
		"ani@contoh..id", "ani@-contoh.id", "ani@contoh-.id",
		".ani@contoh.id", "ani.@contoh.id", "a..b@contoh.id",
		"ani budi@contoh.id", "ani@contoh.id ", "\"ani\"@contoh.id",
		"ani@contoh_id.id", "ani@cont\xc3\xb6h.id", "<ani@contoh.id>",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(email_valid(bad[i]) == 0, "accepted %s", bad[i]);
}
END_TEST

START_TEST(nib_is_exactly_thirteen_digits)
{
	ck_assert_int_eq(nib_valid("1234567890123"), 1);
	ck_assert_int_eq(nib_valid("123456789012"), 0);
	ck_assert_int_eq(nib_valid("12345678901234"), 0);
	ck_assert_int_eq(nib_valid("123456789012a"), 0);
	ck_assert_int_eq(nib_valid("1234 567890123"), 0);
	ck_assert_int_eq(nib_valid(""), 0);
}
END_TEST

START_TEST(nip_is_exactly_eighteen_digits)
{
	ck_assert_int_eq(nip_valid("198503122010011002"), 1);
	ck_assert_int_eq(nip_valid("19850312201001100"), 0);
	ck_assert_int_eq(nip_valid("1985031220100110021"), 0);
	ck_assert_int_eq(nip_valid("19850312 201001100"), 0);
	ck_assert_int_eq(nip_valid(""), 0);
}
END_TEST

START_TEST(dates_are_real_calendar_days)
{
	ck_assert_int_eq(date_valid("2026-11-29"), 1);
	ck_assert_int_eq(date_valid("2028-02-29"), 1);
	ck_assert_int_eq(date_valid("2026-02-29"), 0);
	ck_assert_int_eq(date_valid("2026-04-31"), 0);
	ck_assert_int_eq(date_valid("2026-13-01"), 0);
	ck_assert_int_eq(date_valid("2026-00-10"), 0);
	ck_assert_int_eq(date_valid("29-11-2026"), 0);
	ck_assert_int_eq(date_valid("2026-11-29x"), 0);
	ck_assert_int_eq(date_valid("1999-12-31"), 0);
	ck_assert_int_eq(date_valid(""), 0);
}
END_TEST

START_TEST(usernames_are_short_lowercase_words)
{
	ck_assert_int_eq(username_valid("kasi.kelembagaan"), 1);
	ck_assert_int_eq(username_valid("fo_1-a"), 1);
	ck_assert_int_eq(username_valid("ab"), 0);
	ck_assert_int_eq(username_valid("Admin"), 0);
	ck_assert_int_eq(username_valid("a b c"), 0);
	ck_assert_int_eq(username_valid("abcdefghijklmnopqrstuvwxyz0123456"), 0);
	ck_assert_int_eq(username_valid("\xc3\xa9t\xc3\xa9"), 0);
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
	tcase_add_test(tc, text_clean_allows_newlines_only_in_multiline_fields);
	tcase_add_test(tc, utf8_chars_counts_code_points_not_bytes);
	tcase_add_test(tc, phone_accepts_indonesian_mobile_formats);
	tcase_add_test(tc, phone_refuses_landlines_foreign_short_and_junk);
	tcase_add_test(tc, email_accepts_ordinary_addresses);
	tcase_add_test(tc, email_refuses_malformed_addresses);
	tcase_add_test(tc, nib_is_exactly_thirteen_digits);
	tcase_add_test(tc, nip_is_exactly_eighteen_digits);
	tcase_add_test(tc, usernames_are_short_lowercase_words);
	tcase_add_test(tc, dates_are_real_calendar_days);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	return failed;
}
