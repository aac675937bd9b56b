/* check_bodyscan.c: unit tests of the watch for NUL bytes in form fields (bodyscan.c). */
#include "sibina.h"

#include <check.h>
#include <string.h>

#include "unit.h"

#define CT "multipart/form-data; boundary=----b0und"

/* A body of two fields and one file; the file's bytes hold NULs. */
static const char body[] =
    "------b0und\r\n"
    "Content-Disposition: form-data; name=\"nama_usaha\"\r\n"
    "\r\n"
    "Toko Bundo\r\n"
    "------b0und\r\n"
    "Content-Disposition: form-data; name=\"surat\"; filename=\"s.pdf\"\r\n"
    "Content-Type: application/pdf\r\n"
    "\r\n"
    "%PDF-1.4\0\0\x01\r\n------b0und-not-a-boundary\0\r\n"
    "------b0und\r\n"
    "Content-Disposition: form-data; name=\"uraian\"\r\n"
    "\r\n"
    "baris satu\r\nbaris dua\r\n"
    "------b0und--\r\n";

/* Feeds len bytes of buf in chunks of step bytes. */
static void
feed(struct bodyscan *s, const char *buf, size_t len, size_t step)
{
	size_t off, n;

	for (off = 0; off < len; off += n) {
		n = len - off < step ? len - off : step;
		bodyscan_feed(s, buf + off, n);
	}
}

static const size_t steps[] = { 1, 2, 7, 64, 4096 };

START_TEST(nul_bytes_in_files_are_files_own_business)
{
	struct bodyscan s;

	bodyscan_start(&s, CT);
	feed(&s, body, sizeof(body) - 1, steps[_i]);
	ck_assert_str_eq(s.nul_field, "");
}
END_TEST

START_TEST(a_nul_byte_in_a_field_names_the_field)
{
	char bad[sizeof(body)];
	struct bodyscan s;
	size_t at;

	/* The body holds NULs: search it past them. */
	memcpy(bad, body, sizeof(body));
	for (at = 0; at < sizeof(body) - 9; at++)
		if (memcmp(bad + at, "baris dua", 9) == 0)
			break;
	ck_assert_uint_lt(at, sizeof(body) - 9);
	bad[at + 5] = '\0';
	bodyscan_start(&s, CT);
	feed(&s, bad, sizeof(body) - 1, steps[_i]);
	ck_assert_str_eq(s.nul_field, "uraian");
}
END_TEST

START_TEST(a_nul_byte_in_part_headers_is_found)
{
	static const char hdr[] =
	    "------b0und\r\n"
	    "Content-Disposition: form-data; name=\"surat\"; "
	    "filename=\"x.pdf\0.php\"\r\n\r\n%PDF\r\n------b0und--\r\n";
	struct bodyscan s;

	bodyscan_start(&s, CT);
	feed(&s, hdr, sizeof(hdr) - 1, 3);
	ck_assert_str_eq(s.nul_field, "*");
}
END_TEST

START_TEST(quoted_boundaries_and_other_types)
{
	static const char field[] = "--q\r\nContent-Disposition: form-data; "
	    "name=\"a\"\r\n\r\nx\0y\r\n--q--\r\n";
	struct bodyscan s;

	bodyscan_start(&s, "multipart/form-data; BOUNDARY=\"q\"");
	feed(&s, field, sizeof(field) - 1, 5);
	ck_assert_str_eq(s.nul_field, "a");
	/* An urlencoded body has its NUL as %00. */
	bodyscan_start(&s, "application/x-www-form-urlencoded");
	feed(&s, "a=1&b=x%2500&c=%0", 17, 1);
	ck_assert_str_eq(s.nul_field, "");
	feed(&s, "0", 1, 1);
	ck_assert_str_eq(s.nul_field, "*");
	/* Bodies of other types are not forms. */
	bodyscan_start(&s, "application/octet-stream");
	feed(&s, "\0\0", 2, 1);
	ck_assert_str_eq(s.nul_field, "");
}
END_TEST

START_TEST(a_body_cut_short_is_not_complete)
{
	struct bodyscan s;
	size_t len = sizeof(body) - 1, cut;

	bodyscan_start(&s, CT);
	feed(&s, body, len, steps[_i]);
	ck_assert_int_eq(bodyscan_complete(&s, (long long)len), 1);
	/* Cut anywhere before the closing boundary's end: incomplete. */
	for (cut = 0; cut < len - 2; cut += 7) {
		bodyscan_start(&s, CT);
		feed(&s, body, cut, steps[_i]);
		ck_assert_msg(!bodyscan_complete(&s, (long long)len),
		    "complete when cut at %zu", cut);
	}
	/* The closing boundary without its line end still closes. */
	bodyscan_start(&s, CT);
	feed(&s, body, len - 2, steps[_i]);
	ck_assert_int_eq(bodyscan_complete(&s, (long long)len), 1);
}
END_TEST

START_TEST(other_bodies_are_complete_by_their_length)
{
	struct bodyscan s;

	bodyscan_start(&s, "application/x-www-form-urlencoded");
	feed(&s, "kode=ABC", 8, 3);
	ck_assert_int_eq(bodyscan_complete(&s, 8), 1);
	ck_assert_int_eq(bodyscan_complete(&s, 9), 0);
	/* A body the kit does not read is not its concern. */
	bodyscan_start(&s, "application/json");
	ck_assert_int_eq(bodyscan_complete(&s, 100), 1);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("bodyscan");
	TCase *tc = tcase_create("bodyscan");

	tcase_add_loop_test(tc, nul_bytes_in_files_are_files_own_business, 0,
	    (int)(sizeof(steps) / sizeof(steps[0])));
	tcase_add_loop_test(tc, a_nul_byte_in_a_field_names_the_field, 0,
	    (int)(sizeof(steps) / sizeof(steps[0])));
	tcase_add_loop_test(tc, a_body_cut_short_is_not_complete, 0,
	    (int)(sizeof(steps) / sizeof(steps[0])));
	tcase_add_test(tc, other_bodies_are_complete_by_their_length);
	tcase_add_test(tc, a_nul_byte_in_part_headers_is_found);
	tcase_add_test(tc, quoted_boundaries_and_other_types);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
