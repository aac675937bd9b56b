/* check_pdf.c: unit tests of the PDF document model and its layout on A4 pages (pdf.c). */
#include "sibina.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdf.h"
#include "unit.h"

static char *dir;

/* The text of a PDF as pdftotext reads it (malloc'd), or NULL without pdftotext. */
static char *
pdf_text(const STRING *pdf)
{
	char path[1024], cmd[1200];
	size_t len = 0, n;
	char *text;
	FILE *f;

	if (system("command -v pdftotext >/dev/null 2>&1") != 0)
		return NULL;
	snprintf(path, sizeof(path), "%s/doc.pdf", dir);
	f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(pdf->buf, 1, (size_t)pdf->len, f),
	    (size_t)pdf->len);
	ck_assert_int_eq(fclose(f), 0);
	snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 '%s' -", path);
	f = popen(cmd, "r");
	ck_assert_ptr_nonnull(f);
	text = malloc(1 << 20);
	ck_assert_ptr_nonnull(text);
	while ((n = fread(text + len, 1, (1 << 20) - 1 - len, f)) > 0)
		len += n;
	text[len] = '\0';
	ck_assert_int_eq(pclose(f), 0);
	return text;
}

static int
count(const char *hay, const char *needle)
{
	int n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void
assert_pdf(const STRING *out)
{
	ck_assert_int_gt(out->len, 1000);
	ck_assert_mem_eq(out->buf, "%PDF-", 5);
	ck_assert_ptr_nonnull(strstr(out->buf + out->len - 16, "%%EOF"));
}

START_TEST(a_long_table_goes_on_to_more_pages_with_its_header)
{
	static const char *const kop[] = { "Pemerintah Kabupaten Sijunjung",
	    "Dinas Perdagangan, Perindustrian, Koperasi dan UKM",
	    "Jl. Imam Bonjol No. 109, Muaro Sijunjung 27511" };
	static const double cols[] = { 0.1, 0.6, 0.3 };
	static const char *const header[] = { "No.", "Tindakan Lanjutan",
	    "Tanggal target" };
	static const char *const head[] = { "Muaro Sijunjung, 3 Maret 2025" };
	struct pdf_cell c[3];
	struct pdf *p;
	char num[16], action[128];
	STRING out;
	char *text, *page, *end;
	int i, n, pages;

	string_init(&out);
	ck_assert_ptr_null(pdf_open(&p, "Uji", &out));
	pdf_kop(p, kop, 3, 2);
	pdf_title(p, "Laporan Uji", 0, NULL);
	pdf_table(p, 3, cols, header);
	for (i = 1; i <= 60; i++) {
		snprintf(num, sizeof(num), "%d", i);
		snprintf(action, sizeof(action), "Tindakan nomor %d yang cukup "
		    "panjang untuk dibungkus menjadi dua baris di dalam kolom",
		    i);
		memset(c, 0, sizeof(c));
		c[0].text = num;
		c[1].text = action;
		c[2].text = "31 Desember 2025";
		pdf_table_row(p, c);
	}
	pdf_table_end(p);
	pdf_signature(p, head, 1, "Kepala Seksi", "Nama Penulis Laporan",
	    "198503122010011001");
	ck_assert_ptr_null(pdf_finish(p));
	pages = pdf_pages(p);
	pdf_free(&p);
	ck_assert_ptr_null(p);
	ck_assert_int_gt(pages, 1);
	assert_pdf(&out);
	text = pdf_text(&out);
	if (text != NULL) {
		ck_assert_ptr_nonnull(strstr(text, "Tindakan nomor 60 "));
		ck_assert_ptr_nonnull(strstr(text, "PEMERINTAH KABUPATEN "
		    "SIJUNJUNG"));
		ck_assert_ptr_nonnull(strstr(text, "NIP. 198503122010011001"));
		ck_assert_int_eq(count(text, "\f"), pages);
		/* Every page with rows of the table begins with its header. */
		for (page = text, n = 0; (end = strchr(page, '\f')) != NULL;
		    page = end + 1) {
			*end = '\0';
			if (strstr(page, "Tindakan nomor") != NULL) {
				ck_assert_ptr_nonnull(strstr(page,
				    "Tindakan Lanjutan"));
				ck_assert(strstr(page, "Tindakan Lanjutan") <
				    strstr(page, "Tindakan nomor"));
				n++;
			}
		}
		ck_assert_int_ge(n, 2);
		free(text);
	}
	string_clear(&out);
}
END_TEST

START_TEST(text_that_looks_like_markup_is_text)
{
	static const char *const kop[] = { "Pemerintah <i>Uji</i>",
	    "Dinas & Kantor" };
	const char *odd = "<b>Tebal</b> & <i>miring</i> &amp; <span "
	    "foreground=\"red\">x</span> ☑ Rahasia";
	struct pdf_cell c;
	struct pdf *p;
	STRING out;
	char *text;

	string_init(&out);
	ck_assert_ptr_null(pdf_open(&p, "<b>Judul</b> & uji", &out));
	pdf_kop(p, kop, 2, 2);
	pdf_paragraph(p, odd, 0);
	pdf_field(p, 0, 30, "Label <u>", odd);
	memset(&c, 0, sizeof(c));
	c.lead = "<b>Lead</b>\n";
	c.text = "Nilai\t:\t<&>";
	c.tab = 25;
	pdf_cells(p, &c, 1);
	ck_assert_ptr_null(pdf_finish(p));
	pdf_free(&p);
	assert_pdf(&out);
	text = pdf_text(&out);
	if (text != NULL) {
		ck_assert_ptr_nonnull(strstr(text, "<b>Tebal</b> & <i>miring</i> "
		    "&amp; <span foreground=\"red\">x</span> ☑ Rahasia"));
		ck_assert_ptr_nonnull(strstr(text, "DINAS & KANTOR"));
		ck_assert_ptr_nonnull(strstr(text, "<b>Lead</b>"));
		ck_assert_ptr_nonnull(strstr(text, "<&>"));
		free(text);
	}
	string_clear(&out);
}
END_TEST

START_TEST(a_paragraph_and_a_row_longer_than_a_page_are_split_by_lines)
{
	static const double whole[] = { 1.0 };
	struct pdf_cell c;
	struct pdf *p;
	STRING out, longtext;
	char *text;
	int i, pages;

	string_init(&out);
	string_init(&longtext);
	for (i = 1; i <= 150; i++)
		ck_assert_ptr_null(string_appendf(&longtext, "Baris %d.\n", i));
	ck_assert_ptr_null(string_append(&longtext, "Akhir teks."));
	ck_assert_ptr_null(pdf_open(&p, "Uji", &out));
	pdf_paragraph(p, longtext.buf, 0);
	pdf_table(p, 1, whole, NULL);
	memset(&c, 0, sizeof(c));
	c.lead = "Sel panjang\n";
	c.text = longtext.buf;
	pdf_table_row(p, &c);
	pdf_table_end(p);
	ck_assert_ptr_null(pdf_finish(p));
	pages = pdf_pages(p);
	pdf_free(&p);
	/* 302 lines of about 4.4 mm on pages of 257 mm. */
	ck_assert_int_ge(pages, 5);
	ck_assert_int_le(pages, 8);
	assert_pdf(&out);
	text = pdf_text(&out);
	if (text != NULL) {
		ck_assert_int_eq(count(text, "Baris 150."), 2);
		ck_assert_int_eq(count(text, "Akhir teks."), 2);
		ck_assert_int_eq(count(text, "Baris 77."), 2);
		free(text);
	}
	string_clear(&longtext);
	string_clear(&out);
}
END_TEST

START_TEST(a_document_freed_unfinished_writes_nothing_more)
{
	struct pdf *p;
	STRING out;
	int len;

	string_init(&out);
	ck_assert_ptr_null(pdf_open(&p, "Uji", &out));
	pdf_paragraph(p, "Tidak selesai.", 0);
	len = out.len;
	pdf_free(&p);
	ck_assert_ptr_null(p);
	ck_assert_int_eq(out.len, len);
	string_clear(&out);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("pdf");
	TCase *tc = tcase_create("layout");
	int rc;

	dir = unit_scratch_dir("check_pdf");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, a_long_table_goes_on_to_more_pages_with_its_header);
	tcase_add_test(tc, text_that_looks_like_markup_is_text);
	tcase_add_test(tc,
	    a_paragraph_and_a_row_longer_than_a_page_are_split_by_lines);
	tcase_add_test(tc, a_document_freed_unfinished_writes_nothing_more);
	suite_add_tcase(s, tc);
	rc = unit_run(s);
	unit_remove_dir(dir);
	free(dir);
	return rc;
}
