/* check_upload.c: unit tests of storing uploads (upload.c): type by content, size, sync, names. */
#include "sibina.h"

#include <check.h>
#include <dirent.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"

static const char *const letter_types[] = { "application/pdf", "image/jpeg",
    "image/png", NULL };

static char *dir;
static char store[600];

static const char pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    "1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
    "%%EOF\n";
static const unsigned char png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
    '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
    0, 0 };
static const unsigned char jpeg[] = { 0xff, 0xd8, 0xff, 0xe0, 0, 16, 'J',
    'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9 };

/*
 * A FILE holding len bytes of data in directory in, as ClearSilver's CGI
 * kit hands an upload over (mkstemp, Config.Upload.Unlink = 0); its path
 * goes to path.
 */
static FILE *
file_of(const char *in, const void *data, size_t len, char *path,
    size_t pathlen)
{
	FILE *f;
	int fd;

	snprintf(path, pathlen, "%s/cgi_upload.XXXXXX", in);
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w+");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	fseek(f, 0, SEEK_SET);
	return f;
}

/* Counts the entries of the upload directory (temporary files included). */
static int
entries(void)
{
	struct dirent *de;
	DIR *d = opendir(store);
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* Stores data as an upload, then removes the kit's file as it would. */
static enum upload_verdict
store_bytes(const void *data, size_t len, size_t max, struct stored_file *sf)
{
	enum upload_verdict v;
	char path[700];
	FILE *f = file_of(store, data, len, path, sizeof(path));

	ck_assert_ptr_eq(upload_store(f, path, max, letter_types, sf, &v),
	    STATUS_OK);
	fclose(f);
	ck_assert_int_eq(unlink(path), 0);
	return v;
}

static void
setup(void)
{
	char conf[700], path[600];

	snprintf(store, sizeof(store), "%s/store", dir);
	unit_remove_dir(store);
	ck_assert_int_eq(mkdir(store, 0750), 0);
	snprintf(conf, sizeof(conf), "Paths.Uploads = %s\n", store);
	unit_write(dir, "sibina.hdf", conf);
	snprintf(path, sizeof(path), "%s/sibina.hdf", dir);
	ck_assert_ptr_eq(conf_load(path), STATUS_OK);
}

static void
teardown(void)
{
	unit_remove_dir(store);
	conf_free();
}

START_TEST(upload_pdf_is_stored_whole_under_a_random_name_with_its_sha256)
{
	unsigned char digest[crypto_hash_sha256_BYTES];
	char hex[65], path[700], back[sizeof(pdf)];
	struct stored_file sf;
	FILE *f;

	ck_assert_int_eq(store_bytes(pdf, sizeof(pdf) - 1, 1000, &sf), UPLOAD_OK);
	ck_assert_str_eq(sf.mime, "application/pdf");
	ck_assert_uint_eq(sf.size, sizeof(pdf) - 1);
	ck_assert(upload_name_valid(sf.name));
	crypto_hash_sha256(digest, (const unsigned char *)pdf, sizeof(pdf) - 1);
	sodium_bin2hex(hex, sizeof(hex), digest, sizeof(digest));
	ck_assert_str_eq(sf.sha256, hex);
	snprintf(path, sizeof(path), "%s/%s", store, sf.name);
	f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fread(back, 1, sizeof(back), f), sizeof(pdf) - 1);
	fclose(f);
	ck_assert_int_eq(memcmp(back, pdf, sizeof(pdf) - 1), 0);
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(upload_png_and_jpeg_are_taken)
{
	struct stored_file a, b;

	ck_assert_int_eq(store_bytes(png, sizeof(png), 1000, &a), UPLOAD_OK);
	ck_assert_str_eq(a.mime, "image/png");
	ck_assert_int_eq(store_bytes(jpeg, sizeof(jpeg), 1000, &b), UPLOAD_OK);
	ck_assert_str_eq(b.mime, "image/jpeg");
	ck_assert_str_ne(a.name, b.name);
	ck_assert_int_eq(entries(), 2);
}
END_TEST

START_TEST(upload_type_is_decided_by_content_not_by_name_or_claim)
{
	static const char text[] = "Surat permohonan, ditulis sebagai teks.\n";
	static const char html[] = "<!DOCTYPE html><html><script>x()</script>";
	static const char exe[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
	struct stored_file sf;

	ck_assert_int_eq(store_bytes(text, sizeof(text) - 1, 1000, &sf),
	    UPLOAD_BAD_TYPE);
	ck_assert_str_eq(sf.name, "");
	ck_assert_int_eq(store_bytes(html, sizeof(html) - 1, 1000, &sf),
	    UPLOAD_BAD_TYPE);
	ck_assert_int_eq(store_bytes(exe, sizeof(exe) - 1, 1000, &sf),
	    UPLOAD_BAD_TYPE);
	ck_assert_int_eq(entries(), 0);
}
END_TEST

START_TEST(upload_empty_file_is_refused)
{
	struct stored_file sf;

	ck_assert_int_eq(store_bytes("", 0, 1000, &sf), UPLOAD_EMPTY);
	ck_assert_int_eq(entries(), 0);
}
END_TEST

START_TEST(upload_one_byte_over_the_limit_is_refused_and_leaves_nothing)
{
	struct stored_file sf;
	char *big;
	size_t max = 100000;

	big = malloc(max + 1);
	ck_assert_ptr_nonnull(big);
	memset(big, ' ', max + 1);
	memcpy(big, pdf, sizeof(pdf) - 1);
	ck_assert_int_eq(store_bytes(big, max + 1, max, &sf), UPLOAD_TOO_BIG);
	ck_assert_str_eq(sf.name, "");
	ck_assert_int_eq(entries(), 0);
	ck_assert_int_eq(store_bytes(big, max, max, &sf), UPLOAD_OK);
	ck_assert_uint_eq(sf.size, max);
	ck_assert_int_eq(entries(), 1);
	free(big);
}
END_TEST

START_TEST(upload_remove_deletes_only_stored_names)
{
	struct stored_file sf;
	NEOERR *err;

	ck_assert_int_eq(store_bytes(pdf, sizeof(pdf) - 1, 1000, &sf), UPLOAD_OK);
	ck_assert_ptr_eq(upload_remove(sf.name), STATUS_OK);
	ck_assert_int_eq(entries(), 0);
	ck_assert_ptr_eq(upload_remove(sf.name), STATUS_OK); /* already gone */
	err = upload_remove("../sibina.hdf");
	ck_assert_ptr_ne(err, STATUS_OK);
	nerr_ignore(&err);
	ck_assert_int_eq(upload_name_valid("../../../../etc/passwd"), 0);
	ck_assert_int_eq(upload_name_valid(
	    "ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789"),
	    0);
}
END_TEST

START_TEST(upload_outside_the_directory_is_an_error)
{
	enum upload_verdict v;
	struct stored_file sf;
	char path[700];
	NEOERR *err;
	FILE *f = file_of(dir, pdf, sizeof(pdf) - 1, path, sizeof(path));

	err = upload_store(f, path, 1000, letter_types, &sf, &v);
	ck_assert_ptr_ne(err, STATUS_OK);
	nerr_ignore(&err);
	ck_assert_str_eq(sf.name, "");
	ck_assert_int_eq(entries(), 0);
	fclose(f);
	unlink(path);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("upload");
	TCase *tc = tcase_create("upload");
	int failed;

	if (errors_init() != STATUS_OK)
		return 1;
	dir = unit_scratch_dir("check_upload");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, upload_pdf_is_stored_whole_under_a_random_name_with_its_sha256);
	tcase_add_test(tc, upload_png_and_jpeg_are_taken);
	tcase_add_test(tc, upload_type_is_decided_by_content_not_by_name_or_claim);
	tcase_add_test(tc, upload_empty_file_is_refused);
	tcase_add_test(tc, upload_one_byte_over_the_limit_is_refused_and_leaves_nothing);
	tcase_add_test(tc, upload_remove_deletes_only_stored_names);
	tcase_add_test(tc, upload_outside_the_directory_is_an_error);
	suite_add_tcase(s, tc);
	failed = unit_run(s);
	unit_remove_dir(dir);
	return failed;
}
