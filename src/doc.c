/* doc.c: a case's documents (Lembar Disposisi, Surat Tugas, Laporan) as PDF, from the HDF of their printable pages. */
#include "sibina.h"

#include <string.h>

#include "pages.h"
#include "pdf.h"

#define TICKED	"\xe2\x98\x91"		/* ☑ */
#define UNTICKED "\xe2\x98\x90"		/* ☐ */
#define DASH	"\xe2\x80\x93"		/* – */
#define MIDDOT	" \xc2\xb7 "		/* · */
#define REPORT_TITLE "Laporan Hasil Pembinaan dan Rencana Tindak Lanjut"

/* A STRING's text, "" while it is empty. */
static const char *
text_of(const STRING *s)
{
	return s->buf != NULL ? s->buf : "";
}

/* The value at key, or "–" when it is empty (as the templates write it). */
static const char *
or_dash(HDF *h, const char *key)
{
	const char *v = hdf_get_value(h, key, "");

	return *v != '\0' ? v : DASH;
}

/* Appends text after a separator unless s is still empty. */
static NEOERR *
append_part(STRING *s, const char *sep, const char *prefix, const char *text)
{
	NEOERR *err = STATUS_OK;

	if (*text == '\0')
		return STATUS_OK;
	if (s->len > 0)
		err = string_append(s, sep);
	if (err == STATUS_OK)
		err = string_append(s, prefix);
	if (err == STATUS_OK)
		err = string_append(s, text);
	return nerr_pass(err);
}

/*
 * The kop, as the kop macro of macros.cs: the government, the office,
 * its address and telephone, its website and email.
 */
static NEOERR *
doc_kop(struct pdf *p, HDF *h)
{
	const char *lines[4];
	STRING addr, web;
	NEOERR *err;

	string_init(&addr);
	string_init(&web);
	err = append_part(&addr, MIDDOT, "", hdf_get_value(h, "Office.Address",
	    ""));
	if (err == STATUS_OK)
		err = append_part(&addr, MIDDOT, "Telepon ", hdf_get_value(h,
		    "Office.Phone", ""));
	if (err == STATUS_OK)
		err = append_part(&web, MIDDOT, "Laman ", hdf_get_value(h,
		    "Office.Website", ""));
	if (err == STATUS_OK)
		err = append_part(&web, MIDDOT, "Email ", hdf_get_value(h,
		    "Office.Email", ""));
	if (err == STATUS_OK) {
		lines[0] = hdf_get_value(h, "Office.Government", "");
		lines[1] = hdf_get_value(h, "Office.Name", "");
		lines[2] = text_of(&addr);
		lines[3] = text_of(&web);
		pdf_kop(p, lines, 4, 2);
	}
	string_clear(&addr);
	string_clear(&web);
	return nerr_pass(err);
}

static const char *
tick(HDF *h, const char *sifat)
{
	return strcmp(hdf_get_value(h, "Case.sifat", ""), sifat) == 0 ?
	    TICKED : UNTICKED;
}

/*
 * One disposition of the sheet (disp_note of doc_disposition.cs): the
 * note of each event of the action, to whom, by whom and when; room to
 * write by hand when there is none.
 */
static NEOERR *
disposition_note(struct pdf *p, HDF *h, const char *title,
    const char *action)
{
	struct pdf_cell c;
	STRING lead, text;
	NEOERR *err;
	HDF *e;

	string_init(&lead);
	string_init(&text);
	err = string_appendf(&lead, "%s\n", title);
	for (e = hdf_get_child(h, "Events"); e != NULL && err == STATUS_OK;
	    e = hdf_obj_next(e)) {
		if (strcmp(hdf_get_value(e, "action", ""), action) != 0)
			continue;
		if (text.len > 0)
			err = string_append(&text, "\n");
		if (err == STATUS_OK)
			err = string_append(&text, hdf_get_value(e, "note", ""));
		if (err == STATUS_OK && *hdf_get_value(e, "target_unit_name",
		    "") != '\0')
			err = string_appendf(&text, "\nKepada: %s",
			    hdf_get_value(e, "target_unit_name", ""));
		if (err == STATUS_OK)
			err = string_appendf(&text, "\nNama: %s    Tanggal: %s",
			    hdf_get_value(e, "actor_name", ""), hdf_get_value(e,
			    "at_text", ""));
	}
	if (err == STATUS_OK && text.len == 0)
		err = string_append(&text, "\n\n\n");
	if (err == STATUS_OK) {
		memset(&c, 0, sizeof(c));
		c.lead = text_of(&lead);
		c.text = text_of(&text);
		pdf_table_row(p, &c);
	}
	string_clear(&lead);
	string_clear(&text);
	return nerr_pass(err);
}

/*
 * The Lembar Disposisi (doc_disposition.cs): the letter's facts in two
 * halves, perihal, to whom it was forwarded, the three dispositions.
 */
static NEOERR *
doc_disposition(struct pdf *p, HDF *h)
{
	static const double halves[] = { 0.5, 0.5 }, whole[] = { 1.0 };
	struct pdf_cell c[2];
	STRING left, right, about, to, foot;
	const char *bidang, *seksi;
	NEOERR *err;
	int n = 0;

	string_init(&left);
	string_init(&right);
	string_init(&about);
	string_init(&to);
	string_init(&foot);
	pdf_title(p, "Lembar Disposisi", 0, NULL);
	err = string_appendf(&left, "Surat dari\t:\t%s\nNo. Surat\t:\t%s\n"
	    "Tgl. Surat\t:\t%s", hdf_get_value(h, "Case.business_name", ""),
	    hdf_get_value(h, "Case.letter_no", ""), hdf_get_value(h,
	    "Case.letter_date_text", ""));
	if (err == STATUS_OK)
		err = string_appendf(&right, "Diterima Tgl.\t:\t%s\n"
		    "No. Agenda\t:\t%s\nSifat\t:\t%s Biasa\n\t\t%s Segera\n"
		    "\t\t%s Sangat segera\n\t\t%s Rahasia",
		    hdf_get_value(h, "Case.received_text", ""),
		    hdf_get_value(h, "Case.agenda_no", ""), tick(h, "biasa"),
		    tick(h, "segera"), tick(h, "sangat_segera"),
		    tick(h, "rahasia"));
	if (err == STATUS_OK)
		err = string_appendf(&about, "Perihal\t:\t%s", hdf_get_value(h,
		    "Case.perihal", ""));
	bidang = hdf_get_value(h, "Case.bidang_name", "");
	seksi = hdf_get_value(h, "Case.seksi_name", "");
	if (err == STATUS_OK)
		err = string_append(&to, "Diteruskan kepada\t:\t");
	if (err == STATUS_OK && *bidang != '\0')
		err = string_appendf(&to, "%d. %s", ++n, bidang);
	if (err == STATUS_OK && *seksi != '\0')
		err = string_appendf(&to, "%s%d. %s", n > 0 ? "\n\t\t" : "",
		    n + 1, seksi);
	if (err == STATUS_OK)
		err = string_appendf(&foot, "Permohonan %s" MIDDOT "dicetak dari "
		    "Sibina", hdf_get_value(h, "Case.tracking_code", ""));
	if (err == STATUS_OK) {
		memset(c, 0, sizeof(c));
		c[0].text = text_of(&left);
		c[0].tab = 27.0;
		c[1].text = text_of(&right);
		c[1].tab = 27.0;
		pdf_table(p, 2, halves, NULL);
		pdf_table_row(p, c);
		pdf_table(p, 1, whole, NULL);
		c[0].text = text_of(&about);
		c[0].tab = 36.0;
		pdf_table_row(p, c);
		c[0].text = text_of(&to);
		pdf_table_row(p, c);
		memset(c, 0, sizeof(c));
		c[0].lead = "DISPOSISI";
		pdf_table_row(p, c);
		err = disposition_note(p, h, "Saran Sekretaris kepada Kepala "
		    "Dinas", "saran");
	}
	if (err == STATUS_OK)
		err = disposition_note(p, h, "Disposisi Kepala Dinas",
		    "disposisi");
	if (err == STATUS_OK)
		err = disposition_note(p, h, "Disposisi Kepala Bidang",
		    "disposisi_kasi");
	pdf_table_end(p);
	if (err == STATUS_OK)
		pdf_paragraph(p, text_of(&foot), PDF_SMALL | PDF_RIGHT);
	string_clear(&left);
	string_clear(&right);
	string_clear(&about);
	string_clear(&to);
	string_clear(&foot);
	return nerr_pass(err);
}

/* One officer of a Surat Tugas: number, Nama, NIP, Pangkat/Gol., Jabatan. */
static void
st_officer(struct pdf *p, HDF *o, int n)
{
	static const char *const labels[] = { "Nama", "NIP", "Pangkat/Gol.",
	    "Jabatan" };
	static const char *const keys[] = { "name", "nip", "rank", "position" };
	struct pdf_cell c[6];
	char num[16];
	size_t i;

	snprintf(num, sizeof(num), "%d.", n);
	pdf_need(p, 22.0);
	for (i = 0; i < 4; i++) {
		memset(c, 0, sizeof(c));
		c[0].w = 22.0;
		c[0].text = n == 1 && i == 0 ? "Kepada" : "";
		c[1].x = 22.0;
		c[1].w = 3.0;
		c[1].text = n == 1 && i == 0 ? ":" : "";
		c[2].x = 25.0;
		c[2].w = 7.0;
		c[2].text = i == 0 ? num : "";
		c[3].x = 32.0;
		c[3].w = 28.0;
		c[3].text = labels[i];
		c[4].x = 60.0;
		c[4].w = 3.0;
		c[4].text = ":";
		c[5].x = 63.0;
		c[5].text = or_dash(o, keys[i]);
		pdf_cells(p, c, 6);
	}
	pdf_space(p, 1.0);
}

/*
 * The Surat Tugas (doc_surat_tugas.cs): number, Dasar, MENUGASKAN, the
 * officers, Untuk with place and dates, and the signing official.
 */
static NEOERR *
doc_surat_tugas(struct pdf *p, HDF *h)
{
	const char *head[2], *from, *to;
	STRING number, when, issued, on;
	NEOERR *err;
	HDF *o;
	int n = 0;

	string_init(&number);
	string_init(&when);
	string_init(&issued);
	string_init(&on);
	from = hdf_get_value(h, "SuratTugas.from_text", "");
	to = hdf_get_value(h, "SuratTugas.to_text", "");
	err = string_appendf(&number, "Nomor: %s", hdf_get_value(h,
	    "SuratTugas.number", ""));
	if (err == STATUS_OK)
		err = string_append(&when, from);
	if (err == STATUS_OK && *to != '\0' && strcmp(to, from) != 0)
		err = string_appendf(&when, " sampai dengan %s", to);
	if (err == STATUS_OK)
		err = string_appendf(&issued, "Dikeluarkan di\t:\t%s",
		    hdf_get_value(h, "Office.City", ""));
	if (err == STATUS_OK)
		err = string_appendf(&on, "Pada tanggal\t:\t%s", hdf_get_value(h,
		    "SuratTugas.created_text", ""));
	if (err == STATUS_OK) {
		pdf_title(p, "Surat Tugas", 1, text_of(&number));
		pdf_field(p, 0, 22.0, "Dasar", hdf_get_value(h,
		    "SuratTugas.dasar", ""));
		pdf_space(p, 2.0);
		pdf_paragraph(p, "MENUGASKAN:", PDF_BOLD | PDF_CENTRE);
		pdf_space(p, 1.0);
		for (o = hdf_get_child(h, "SuratTugas.Officers"); o != NULL;
		    o = hdf_obj_next(o))
			st_officer(p, o, ++n);
		pdf_space(p, 1.0);
		pdf_field(p, 0, 22.0, "Untuk", hdf_get_value(h,
		    "SuratTugas.purpose", ""));
		pdf_field(p, 25.0, 28.0, "Tempat", hdf_get_value(h,
		    "SuratTugas.place", ""));
		pdf_field(p, 25.0, 28.0, "Tanggal", text_of(&when));
		pdf_space(p, 3.0);
		/* The closing sentence goes over with the signature. */
		pdf_need(p, 65.0);
		pdf_paragraph(p, "Demikian Surat Tugas ini dibuat untuk "
		    "dilaksanakan dengan penuh tanggung jawab.", 0);
		head[0] = text_of(&issued);
		head[1] = text_of(&on);
		pdf_signature(p, head, 2, hdf_get_value(h,
		    "SuratTugas.signer_position", ""), hdf_get_value(h,
		    "SuratTugas.signer_name", ""), hdf_get_value(h,
		    "SuratTugas.signer_nip", ""));
	}
	string_clear(&number);
	string_clear(&when);
	string_clear(&issued);
	string_clear(&on);
	return nerr_pass(err);
}

/* The facts of a part of the report: label, ":" and value. */
static void
fact(struct pdf *p, const char *label, const char *value)
{
	pdf_field(p, 0, 46.0, label, value);
}

/*
 * The Laporan Hasil Pembinaan dan Rencana Tindak Lanjut (doc_report.cs):
 * the case, the coaching, findings, advice, the follow-up plan as a
 * table, and the signature of the Kasi who wrote it (the 'laporan'
 * event's actor).
 */
static NEOERR *
doc_report(struct pdf *p, HDF *h)
{
	static const double cols[] = { 0.08, 0.655, 0.265 };
	static const char *const header[] = { "No.", "Tindakan",
	    "Tanggal target" };
	const char *writer = "", *nip = "", *position = "Kepala Seksi", *head;
	struct pdf_cell c[3];
	STRING addr, st, date;
	char num[16];
	NEOERR *err;
	HDF *e, *a;
	int n = 0;

	for (e = hdf_get_child(h, "Events"); e != NULL; e = hdf_obj_next(e)) {
		if (strcmp(hdf_get_value(e, "action", ""), "laporan") != 0)
			continue;
		writer = hdf_get_value(e, "actor_name", "");
		nip = hdf_get_value(e, "actor_nip", "");
		if (*hdf_get_value(e, "actor_position", "") != '\0')
			position = hdf_get_value(e, "actor_position", "");
	}
	string_init(&addr);
	string_init(&st);
	string_init(&date);
	err = string_append(&addr, hdf_get_value(h, "Case.address", ""));
	if (err == STATUS_OK && *hdf_get_value(h, "Case.nagari", "") != '\0')
		err = string_appendf(&addr, ", Nagari %s", hdf_get_value(h,
		    "Case.nagari", ""));
	if (err == STATUS_OK && *hdf_get_value(h, "Case.kecamatan", "") != '\0')
		err = string_appendf(&addr, ", Kecamatan %s", hdf_get_value(h,
		    "Case.kecamatan", ""));
	if (err == STATUS_OK && *hdf_get_value(h, "SuratTugas.number", "") !=
	    '\0')
		err = string_appendf(&st, "Nomor %s", hdf_get_value(h,
		    "SuratTugas.number", ""));
	if (err == STATUS_OK)
		err = string_appendf(&date, "%s, %s", hdf_get_value(h, "Office.City", ""),
		    hdf_get_value(h, "Report.written_text", ""));
	if (err != STATUS_OK)
		goto out;

	pdf_title(p, REPORT_TITLE, 0, NULL);
	pdf_heading(p, "A. Data Permohonan");
	fact(p, "Nama usaha/koperasi", hdf_get_value(h, "Case.business_name",
	    ""));
	fact(p, "Jenis pemohon", hdf_get_value(h, "Case.applicant_type_label",
	    ""));
	fact(p, "Alamat", text_of(&addr));
	fact(p, "Kode pelacakan", hdf_get_value(h, "Case.tracking_code", ""));
	fact(p, "Nomor agenda", hdf_get_value(h, "Case.agenda_no", ""));
	if (st.len > 0)
		fact(p, "Surat Tugas", text_of(&st));

	pdf_heading(p, "B. Pelaksanaan Pembinaan");
	fact(p, "Tanggal", hdf_get_value(h, "Coaching.held_text", ""));
	if (*hdf_get_value(h, "SuratTugas.place", "") != '\0')
		fact(p, "Tempat", hdf_get_value(h, "SuratTugas.place", ""));
	fact(p, "Yang hadir", hdf_get_value(h, "Coaching.attendees", ""));
	fact(p, "Catatan pembinaan", hdf_get_value(h, "Coaching.notes", ""));

	pdf_heading(p, "C. Hasil Pembinaan");
	pdf_paragraph(p, hdf_get_value(h, "Report.findings", ""), 0);
	pdf_heading(p, "D. Saran yang Diberikan");
	pdf_paragraph(p, hdf_get_value(h, "Report.advice", ""), 0);

	pdf_heading(p, "E. Rencana Tindak Lanjut");
	pdf_table(p, 3, cols, header);
	for (a = hdf_get_child(h, "Report.Actions"); a != NULL;
	    a = hdf_obj_next(a)) {
		snprintf(num, sizeof(num), "%d", ++n);
		memset(c, 0, sizeof(c));
		c[0].text = num;
		c[0].flags = PDF_CENTRE;
		c[1].text = hdf_get_value(a, "action", "");
		c[2].text = hdf_get_value(a, "due_text", "");
		c[2].flags = PDF_CENTRE;
		pdf_table_row(p, c);
	}
	pdf_table_end(p);

	head = text_of(&date);
	pdf_signature(p, &head, 1, position, writer, nip);
out:
	string_clear(&addr);
	string_clear(&st);
	string_clear(&date);
	return nerr_pass(err);
}

/*
 * Makes the PDF of a document of a case from the HDF its printable page
 * is rendered from (Case.*, Events.*, SuratTugas.*, Coaching.*, Report.*,
 * Office.*), appending it to out.
 */
NEOERR *
doc_pdf(HDF *h, enum doc_kind kind, STRING *out)
{
	static const char *const titles[] = {
		[DOC_DISPOSITION] = "Lembar Disposisi",
		[DOC_SURAT_TUGAS] = "Surat Tugas",
		[DOC_REPORT] = REPORT_TITLE,
	};
	struct pdf *p;
	NEOERR *err;

	err = pdf_open(&p, titles[kind], out);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = doc_kop(p, h);
	if (err == STATUS_OK) {
		switch (kind) {
		case DOC_DISPOSITION:
			err = doc_disposition(p, h);
			break;
		case DOC_SURAT_TUGAS:
			err = doc_surat_tugas(p, h);
			break;
		case DOC_REPORT:
			err = doc_report(p, h);
			break;
		}
	}
	if (err == STATUS_OK)
		err = pdf_finish(p);
	pdf_free(&p);
	return nerr_pass(err);
}
