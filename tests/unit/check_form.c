/* check_form.c: unit tests of form checking against a field table (form.c). */
#include "sibina.h"

#include <check.h>
#include <string.h>

#include "unit.h"

static const char *const kinds[] = { "umkm", "koperasi", NULL };
static const char *const some_aspects[] = { "produksi", "pemasaran",
    "keuangan", NULL };

enum { F_TYPE, F_NAME, F_PHONE, F_EMAIL, F_NIB, F_NOTE, F_ASPECT, F_CONSENT,
    F__MAX };
static const struct field fields[F__MAX] = {
	[F_TYPE] = { "jenis", "Jenis pemohon", FIELD_CHOICE, 1, 0, kinds },
	[F_NAME] = { "nama", "Nama usaha", FIELD_TEXT, 1, 10, NULL },
	[F_PHONE] = { "hp", "Nomor HP", FIELD_PHONE, 1, 30, NULL },
	[F_EMAIL] = { "email", "Email", FIELD_EMAIL, 0, 254, NULL },
	[F_NIB] = { "nib", "NIB", FIELD_NIB, 0, 13, NULL },
	[F_NOTE] = { "uraian", "Uraian", FIELD_LINES, 0, 20, NULL },
	[F_ASPECT] = { "aspek", "Aspek pembinaan", FIELD_CHOICES, 1, 0,
	    some_aspects },
	[F_CONSENT] = { "setuju", "Persetujuan", FIELD_CHECK, 1, 0, NULL },
};

static HDF *hdf;

static void
setup(void)
{
	ck_assert_ptr_eq(hdf_init(&hdf), STATUS_OK);
}

static void
teardown(void)
{
	hdf_destroy(&hdf);
}

static void
set(const char *key, const char *value)
{
	ck_assert_ptr_eq(hdf_set_value(hdf, key, value), STATUS_OK);
}

static int
check(void)
{
	int n = -1;

	ck_assert_ptr_eq(form_check(hdf, fields, F__MAX, &n), STATUS_OK);
	return n;
}

static const char *
form(const char *key)
{
	return hdf_get_value(hdf, key, NULL);
}

static void
fill_valid(void)
{
	set("Query.jenis", "koperasi");
	set("Query.nama", "  KSP Maju ");
	set("Query.hp", "0812-3456-7890");
	set("Query.aspek", "pemasaran");
	set("Query.setuju", "1");
}

START_TEST(form_good_values_come_out_trimmed_and_normalised)
{
	fill_valid();
	ck_assert_int_eq(check(), 0);
	ck_assert_str_eq(form("Form.nama"), "KSP Maju");
	ck_assert_str_eq(form("Form.hp"), "+6281234567890");
	ck_assert_str_eq(form("Form.jenis"), "koperasi");
	ck_assert_str_eq(form("Form.email"), "");
	ck_assert_str_eq(form("Form.aspek.pemasaran"), "1");
	ck_assert_ptr_null(hdf_get_obj(hdf, "Form.Error"));
}
END_TEST

START_TEST(form_missing_required_fields_each_get_a_message)
{
	ck_assert_int_eq(check(), 5);
	ck_assert_str_eq(form("Form.Error.jenis"), "Jenis pemohon wajib dipilih.");
	ck_assert_str_eq(form("Form.Error.setuju"), "Persetujuan wajib dicentang.");
	ck_assert_str_eq(form("Form.Error.nama"), "Nama usaha wajib diisi.");
	ck_assert_str_eq(form("Form.Error.hp"), "Nomor HP wajib diisi.");
	ck_assert_str_eq(form("Form.Error.aspek"),
	    "Aspek pembinaan wajib dipilih, sekurang-kurangnya satu.");
	ck_assert_ptr_null(form("Form.Error.email"));
	ck_assert_ptr_null(form("Form.Error.nib"));
}
END_TEST

START_TEST(form_blank_only_counts_as_missing)
{
	fill_valid();
	set("Query.nama", " \t \r\n ");
	ck_assert_int_eq(check(), 1);
	ck_assert_str_eq(form("Form.Error.nama"), "Nama usaha wajib diisi.");
}
END_TEST

START_TEST(form_wrong_values_come_back_as_typed_with_a_message)
{
	fill_valid();
	set("Query.hp", "0754-20044");
	set("Query.email", "ani@contoh");
	set("Query.nib", "12345");
	set("Query.jenis", "perorangan");
	ck_assert_int_eq(check(), 4);
	ck_assert_str_eq(form("Form.hp"), "0754-20044");
	ck_assert_str_eq(form("Form.email"), "ani@contoh");
	ck_assert_str_eq(form("Form.nib"), "12345");
	ck_assert_ptr_nonnull(strstr(form("Form.Error.hp"), "0812 3456 7890"));
	ck_assert_str_eq(form("Form.Error.email"),
	    "Email tidak valid. Contoh: nama@contoh.co.id.");
	ck_assert_str_eq(form("Form.Error.nib"),
	    "NIB harus terdiri atas 13 angka.");
	ck_assert_str_eq(form("Form.Error.jenis"), "Jenis pemohon tidak sesuai "
	    "dengan pilihan yang tersedia.");
}
END_TEST

START_TEST(form_length_is_counted_in_characters)
{
	fill_valid();
	/* Ten characters, fifteen bytes: fits a limit of ten. */
	set("Query.nama", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9" "abcde");
	ck_assert_int_eq(check(), 0);
	set("Query.nama", "abcdefghijk");
	ck_assert_int_eq(check(), 1);
	ck_assert_str_eq(form("Form.Error.nama"), "Nama usaha terlalu panjang.");
	ck_assert_str_eq(form("Form.nama"), "abcdefghijk");
}
END_TEST

START_TEST(form_control_characters_and_bad_utf8_are_refused)
{
	fill_valid();
	set("Query.nama", "KSP\x1b[31m");
	set("Query.uraian", "baris\nkedua");
	ck_assert_int_eq(check(), 1);
	ck_assert_str_eq(form("Form.Error.nama"),
	    "Nama usaha berisi karakter yang tidak dapat diterima.");
	ck_assert_ptr_null(form("Form.Error.uraian"));
	set("Query.nama", "KSP \xff\xfe");
	ck_assert_int_eq(check(), 1);
	/* Bytes that are not UTF-8 cannot be shown again. */
	ck_assert_str_eq(form("Form.nama"), "");
}
END_TEST

START_TEST(form_markup_is_refused_in_a_line_and_kept_in_text)
{
	fill_valid();
	set("Query.nama", "<b>x</b>");
	set("Query.uraian", "omzet < 10 juta");
	ck_assert_int_eq(check(), 1);
	ck_assert_str_eq(form("Form.Error.nama"),
	    "Nama usaha tidak boleh memuat tanda < atau >.");
	/* It comes back as typed; the template escapes it. */
	ck_assert_str_eq(form("Form.nama"), "<b>x</b>");
	ck_assert_str_eq(form("Form.uraian"), "omzet < 10 juta");
}
END_TEST

START_TEST(form_check_box_takes_only_its_value)
{
	fill_valid();
	set("Query.setuju", "ya");
	ck_assert_int_eq(check(), 1);
	ck_assert_str_eq(form("Form.Error.setuju"), "Persetujuan tidak valid.");
	set("Query.setuju", "1");
	ck_assert_int_eq(check(), 0);
	ck_assert_str_eq(form("Form.setuju"), "1");
}
END_TEST

START_TEST(form_several_choices_are_each_checked)
{
	fill_valid();
	ck_assert_ptr_eq(hdf_remove_tree(hdf, "Query.aspek"), STATUS_OK);
	set("Query.aspek.0", "produksi");
	set("Query.aspek.1", "keuangan");
	ck_assert_int_eq(check(), 0);
	ck_assert_str_eq(form("Form.aspek.produksi"), "1");
	ck_assert_str_eq(form("Form.aspek.keuangan"), "1");
	ck_assert_ptr_null(form("Form.aspek.pemasaran"));
	set("Query.aspek.2", "lainnya");
	ck_assert_int_eq(check(), 1);
	ck_assert_str_eq(form("Form.Error.aspek"), "Aspek pembinaan tidak sesuai "
	    "dengan pilihan yang tersedia.");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("form");
	TCase *tc = tcase_create("form_check");

	if (errors_init() != STATUS_OK)
		return 1;
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, form_good_values_come_out_trimmed_and_normalised);
	tcase_add_test(tc, form_missing_required_fields_each_get_a_message);
	tcase_add_test(tc, form_blank_only_counts_as_missing);
	tcase_add_test(tc, form_wrong_values_come_back_as_typed_with_a_message);
	tcase_add_test(tc, form_length_is_counted_in_characters);
	tcase_add_test(tc, form_control_characters_and_bad_utf8_are_refused);
	tcase_add_test(tc, form_markup_is_refused_in_a_line_and_kept_in_text);
	tcase_add_test(tc, form_check_box_takes_only_its_value);
	tcase_add_test(tc, form_several_choices_are_each_checked);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
