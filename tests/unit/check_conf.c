/* check_conf.c: unit tests of the configuration (conf.c) and the log (log.c). */
#include "sibina.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

static char *dir;

START_TEST(conf_reads_values_and_defaults)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/a.hdf", dir);
	unit_write(dir, "a.hdf", "Database {\n  Name = sibina_x\n  Port = 3307\n}\n"
	    "Office.Name = Dinas\n");
	ck_assert_ptr_eq(conf_load(path), STATUS_OK);
	ck_assert_str_eq(conf_str("Database.Name", "d"), "sibina_x");
	ck_assert_int_eq(conf_int("Database.Port", 0), 3307);
	ck_assert_str_eq(conf_str("Database.Host", "localhost"), "localhost");
	ck_assert_int_eq(conf_int("Cache.CheckSeconds", 1), 1);
	conf_free();
	ck_assert_str_eq(conf_str("Database.Name", "d"), "d");
}
END_TEST

START_TEST(conf_missing_or_broken_file_is_an_error)
{
	char path[256];
	NEOERR *err;

	snprintf(path, sizeof(path), "%s/none.hdf", dir);
	err = conf_load(path);
	ck_assert_ptr_ne(err, STATUS_OK);
	nerr_ignore(&err);
	snprintf(path, sizeof(path), "%s/broken.hdf", dir);
	unit_write(dir, "broken.hdf", "this line is not HDF\n");
	err = conf_load(path);
	ck_assert_ptr_ne(err, STATUS_OK);
	nerr_ignore(&err);
	ck_assert_ptr_null(conf_get());
}
END_TEST

START_TEST(conf_path_comes_from_the_environment)
{
	setenv("SIBINA_CONFIG", "/etc/x.hdf", 1);
	ck_assert_str_eq(conf_path(), "/etc/x.hdf");
	unsetenv("SIBINA_CONFIG");
	ck_assert_str_eq(conf_path(), SIBINA_CONFIG_DEFAULT);
}
END_TEST

START_TEST(conf_copy_public_leaves_secrets_out)
{
	char path[256];
	HDF *page;

	snprintf(path, sizeof(path), "%s/b.hdf", dir);
	unit_write(dir, "b.hdf", "Database.Password = rahasia\nPaths.Log = /x\n"
	    "Office.Name = Dinas Perdagangan\nSite.BasePath = /sibina\n");
	ck_assert_ptr_eq(conf_load(path), STATUS_OK);
	ck_assert_ptr_eq(hdf_init(&page), STATUS_OK);
	ck_assert_ptr_eq(conf_copy_public(page), STATUS_OK);
	ck_assert_str_eq(hdf_get_value(page, "Office.Name", ""),
	    "Dinas Perdagangan");
	ck_assert_str_eq(hdf_get_value(page, "Site.Static", ""),
	    "/sibina/static");
	ck_assert_ptr_null(hdf_get_obj(page, "Database"));
	ck_assert_ptr_null(hdf_get_obj(page, "Paths"));
	hdf_destroy(&page);
	conf_free();
}
END_TEST

START_TEST(log_writes_one_line_per_event)
{
	char path[256], line[4096];
	char big[3000];
	FILE *f;
	int lines = 0;

	snprintf(path, sizeof(path), "%s/sibina.log", dir);
	log_open(path);
	log_msg(LOG_INFO, "hello %d", 42);
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	log_msg(LOG_ERR, "%s", big);
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		ck_assert_msg(strchr(line, '\n') != NULL, "unterminated line");
		if (lines == 0) {
			ck_assert_ptr_nonnull(strstr(line, "info: hello 42"));
			ck_assert_ptr_nonnull(strstr(line, "sibina["));
		} else
			ck_assert_ptr_nonnull(strstr(line, "error: xxx"));
		lines++;
	}
	fclose(f);
	ck_assert_int_eq(lines, 2);
}
END_TEST

START_TEST(log_neoerr_keeps_traceback_on_one_line)
{
	char path[256], line[4096];
	FILE *f;
	int lines = 0;

	snprintf(path, sizeof(path), "%s/err.log", dir);
	log_open(path);
	log_neoerr("ABCD2345", nerr_pass(nerr_raise(NERR_ASSERT, "%s",
	    "detail here")));
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		ck_assert_ptr_nonnull(strstr(line, "incident ABCD2345"));
		ck_assert_ptr_nonnull(strstr(line, "detail here"));
		lines++;
	}
	fclose(f);
	ck_assert_int_eq(lines, 1);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("conf");
	TCase *tc = tcase_create("conf_log");
	int failed;

	if (errors_init() != STATUS_OK)
		return 1;
	dir = unit_scratch_dir("check_conf");
	tcase_add_test(tc, conf_reads_values_and_defaults);
	tcase_add_test(tc, conf_missing_or_broken_file_is_an_error);
	tcase_add_test(tc, conf_path_comes_from_the_environment);
	tcase_add_test(tc, conf_copy_public_leaves_secrets_out);
	tcase_add_test(tc, log_writes_one_line_per_event);
	tcase_add_test(tc, log_neoerr_keeps_traceback_on_one_line);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	unit_remove_dir(dir);
	return failed;
}
