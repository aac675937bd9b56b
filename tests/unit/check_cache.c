/* check_cache.c: unit tests of the page cache (cache.c). */
#include "sibina.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "unit.h"

START_TEST(cache_miss_then_hit_for_same_version)
{
	const struct cached_page *p;
	const char *body;
	size_t len;

	ck_assert_ptr_null(cache_get("/", 1));
	ck_assert_ptr_eq(cache_put("/", 1, "<p>a</p>", 8, NULL), STATUS_OK);
	p = cache_get("/", 1);
	ck_assert_ptr_nonnull(p);
	body = cached_body(p, &len);
	ck_assert_uint_eq(len, 8);
	ck_assert_int_eq(memcmp(body, "<p>a</p>", 8), 0);
	cache_free();
}
END_TEST

START_TEST(cache_misses_after_content_version_changes)
{
	ck_assert_ptr_eq(cache_put("/x", 7, "old", 3, NULL), STATUS_OK);
	ck_assert_ptr_null(cache_get("/x", 8));
	ck_assert_ptr_eq(cache_put("/x", 8, "new!", 4, NULL), STATUS_OK);
	ck_assert_ptr_nonnull(cache_get("/x", 8));
	ck_assert_ptr_null(cache_get("/x", 7));
	cache_free();
}
END_TEST

START_TEST(cache_etag_names_the_bytes)
{
	char a[20], b[20], c[20];

	ck_assert_ptr_eq(cache_put("/a", 1, "same", 4, NULL), STATUS_OK);
	ck_assert_ptr_eq(cache_put("/b", 2, "same", 4, NULL), STATUS_OK);
	ck_assert_ptr_eq(cache_put("/c", 1, "other", 5, NULL), STATUS_OK);
	snprintf(a, sizeof(a), "%s", cached_etag(cache_get("/a", 1)));
	snprintf(b, sizeof(b), "%s", cached_etag(cache_get("/b", 2)));
	snprintf(c, sizeof(c), "%s", cached_etag(cache_get("/c", 1)));
	ck_assert_str_eq(a, b);
	ck_assert_str_ne(a, c);
	ck_assert_int_eq(a[0], '"');
	ck_assert_uint_eq(strlen(a), 18);
	cache_free();
}
END_TEST

START_TEST(cache_keeps_working_when_full)
{
	char key[16];
	int i;

	for (i = 0; i < 40; i++) {
		snprintf(key, sizeof(key), "/p%d", i);
		ck_assert_ptr_eq(cache_put(key, 1, key, strlen(key), NULL), STATUS_OK);
		ck_assert_ptr_nonnull(cache_get(key, 1));
	}
	cache_free();
	ck_assert_ptr_null(cache_get("/p39", 1));
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("cache");
	int failed;

	tcase_add_test(tc, cache_miss_then_hit_for_same_version);
	tcase_add_test(tc, cache_misses_after_content_version_changes);
	tcase_add_test(tc, cache_etag_names_the_bytes);
	tcase_add_test(tc, cache_keeps_working_when_full);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	return failed;
}
