/* check_route.c: unit tests of the gate's route matching (route.c). */
#include "sibina.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static NEOERR *
h_any(struct req *r)
{
	(void)r;
	return STATUS_OK;
}

static const struct route table[] = {
	{ "GET", "/", h_any, 0, 0 },
	{ "GET", "/layanan/:slug", h_any, 0, 0 },
	{ "POST", "/lacak", h_any, 0, 0 },
	{ "GET", "/lacak", h_any, 0, 0 },
	{ "POST", "/kirim", h_any, 0, 0 },
};
#define NROUTES (sizeof(table) / sizeof(table[0]))

static const struct route *
find(const char *method, const char *path, struct req *r, char *allow)
{
	memset(r, 0, sizeof(*r));
	r->method = method;
	r->path = strdup(path);
	return route_find(r, table, NROUTES, allow, 64);
}

static void
done(struct req *r)
{
	size_t i;

	for (i = 0; i < ROUTE_PARAMS_MAX; i++)
		free(r->param[i]);
	free(r->path);
}

START_TEST(route_matches_exact_path_and_method)
{
	struct req r;
	char allow[64];

	ck_assert_ptr_eq(find("GET", "/", &r, allow), &table[0]);
	done(&r);
	ck_assert_ptr_eq(find("POST", "/lacak", &r, allow), &table[2]);
	done(&r);
	ck_assert_ptr_eq(find("GET", "/lacak", &r, allow), &table[3]);
	done(&r);
}
END_TEST

START_TEST(route_head_is_answered_by_get)
{
	struct req r;
	char allow[64];

	ck_assert_ptr_eq(find("HEAD", "/", &r, allow), &table[0]);
	done(&r);
}
END_TEST

START_TEST(route_param_takes_one_segment)
{
	struct req r;
	char allow[64];

	ck_assert_ptr_eq(find("GET", "/layanan/pembinaan-umkm", &r, allow),
	    &table[1]);
	ck_assert_str_eq(r.param[0], "pembinaan-umkm");
	done(&r);
	ck_assert_ptr_null(find("GET", "/layanan/", &r, allow));
	ck_assert_str_eq(allow, "");
	done(&r);
	ck_assert_ptr_null(find("GET", "/layanan/a/b", &r, allow));
	ck_assert_ptr_null(r.param[0]);
	done(&r);
}
END_TEST

START_TEST(route_unknown_path_has_no_allowed_methods)
{
	struct req r;
	char allow[64];

	ck_assert_ptr_null(find("GET", "/tidak-ada", &r, allow));
	ck_assert_str_eq(allow, "");
	done(&r);
	ck_assert_ptr_null(find("GET", "//", &r, allow));
	done(&r);
	ck_assert_ptr_null(find("GET", "/lacak/", &r, allow));
	done(&r);
}
END_TEST

START_TEST(route_wrong_method_lists_allowed_methods)
{
	struct req r;
	char allow[64];

	ck_assert_ptr_null(find("POST", "/", &r, allow));
	ck_assert_str_eq(allow, "GET, HEAD");
	done(&r);
	ck_assert_ptr_null(find("DELETE", "/lacak", &r, allow));
	ck_assert_str_eq(allow, "POST, GET, HEAD");
	done(&r);
	ck_assert_ptr_null(find("GET", "/kirim", &r, allow));
	ck_assert_str_eq(allow, "POST");
	done(&r);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("route");
	TCase *tc = tcase_create("route_find");
	int failed;

	tcase_add_test(tc, route_matches_exact_path_and_method);
	tcase_add_test(tc, route_head_is_answered_by_get);
	tcase_add_test(tc, route_param_takes_one_segment);
	tcase_add_test(tc, route_unknown_path_has_no_allowed_methods);
	tcase_add_test(tc, route_wrong_method_lists_allowed_methods);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	return failed;
}
