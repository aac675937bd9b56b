/* check_auth.c: unit tests of roles, usernames and password hashing (auth.c). */
#include "sibina.h"

#include <check.h>
#include <string.h>

#include "unit.h"

START_TEST(password_hash_is_yescrypt_and_checks)
{
	char hash[PASSWORD_HASH_LEN], other[PASSWORD_HASH_LEN];

	ck_assert_ptr_eq(password_hash("kopi-bubuk-123", hash, sizeof(hash)),
	    STATUS_OK);
	ck_assert_int_eq(strncmp(hash, "$y$", 3), 0);
	ck_assert_ptr_null(strstr(hash, "kopi"));
	ck_assert_int_eq(password_check("kopi-bubuk-123", hash), 1);
	ck_assert_int_eq(password_check("kopi-bubuk-124", hash), 0);
	ck_assert_int_eq(password_check("", hash), 0);
	/* A fresh salt each time: the same password, another hash. */
	ck_assert_ptr_eq(password_hash("kopi-bubuk-123", other, sizeof(other)),
	    STATUS_OK);
	ck_assert_str_ne(hash, other);
	ck_assert_int_eq(password_check("kopi-bubuk-123", other), 1);
}
END_TEST

START_TEST(password_check_without_a_user_fails)
{
	ck_assert_int_eq(password_check("sibina-no-such-user", NULL), 0);
	ck_assert_int_eq(password_check("apa saja", NULL), 0);
	ck_assert_int_eq(password_check("apa saja", "*"), 0);
	ck_assert_int_eq(password_check("apa saja", "$y$rusak"), 0);
}
END_TEST

START_TEST(password_problems_are_named)
{
	ck_assert_ptr_null(password_problem("sepuluh-kar", "ani"));
	ck_assert_str_eq(password_problem("pendek", "ani"),
	    "terlalu pendek: paling sedikit 10 karakter.");
	ck_assert_str_eq(password_problem("ani.sekretaris", "ani.sekretaris"),
	    "tidak boleh sama dengan nama pengguna.");
	ck_assert_str_eq(password_problem("sepuluh\x01karakter", "ani"),
	    "berisi karakter yang tidak dapat diterima.");
	/* Ten characters, twenty bytes: long enough. */
	ck_assert_ptr_null(password_problem("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "ani"));
}
END_TEST

START_TEST(roles_are_the_lanes_and_admin)
{
	enum role r;
	int i;

	for (i = 0; i < ROLE__MAX; i++) {
		ck_assert_int_eq(role_parse(role_name((enum role)i), &r), 0);
		ck_assert_int_eq(r, i);
		ck_assert_str_ne(role_label((enum role)i), "");
	}
	ck_assert_str_eq(role_name(ROLE_KASI), "kasi");
	ck_assert_str_eq(role_label(ROLE_KEPALA_DINAS), "Kepala Dinas");
	ck_assert_int_eq(role_parse("pemohon", &r), -1);
	ck_assert_int_eq(role_parse(NULL, &r), -1);
	ck_assert_ptr_null(role_names[ROLE__MAX]);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("auth");
	TCase *tc = tcase_create("auth");

	if (errors_init() != STATUS_OK)
		return 1;
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, password_hash_is_yescrypt_and_checks);
	tcase_add_test(tc, password_check_without_a_user_fails);
	tcase_add_test(tc, password_problems_are_named);
	tcase_add_test(tc, roles_are_the_lanes_and_admin);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
