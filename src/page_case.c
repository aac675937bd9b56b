/* page_case.c: the case page, its documents (printable and PDF) and its files. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/*
 * Loads under prefix the row of stmt (a case, or a file of a case) for
 * the route's :id, within the cases the user may see; raises NERR_NO_PAGE
 * otherwise.
 */
static NEOERR *
scoped_load(struct req *r, enum stmt stmt, const char *prefix, long long *id)
{
	struct db_arg a[6];
	NEOERR *err;
	int n = 0;

	err = param_id(r, id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	a[0] = DB_ARG_INT(*id);
	case_scope(r, a + 1);
	err = db_rows_to_hdf(stmt, a, 6, r->hdf, prefix, &n);
	if (err == STATUS_OK && n != 1)
		err = nerr_raise(NERR_NO_PAGE, "%s", "not one the user may see");
	return nerr_pass(err);
}

/*
 * Loads the case of the route's :id, if the user may see it (else
 * NERR_NO_PAGE: its existence is not told), into Case.* and c.
 */
NEOERR *
case_load(struct req *r, struct wf_case *c)
{
	long long id;
	NEOERR *err;

	err = scoped_load(r, STMT_CASE, "Found", &id);
	if (err == STATUS_OK)
		err = hdf_copy(r->hdf, "Case", hdf_get_obj(r->hdf, "Found.0"));
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "Found");
	if (err == STATUS_OK)
		wf_case_read(hdf_get_obj(r->hdf, "Case"), c);
	return nerr_pass(err);
}

/*
 * Case.wa_href: a WhatsApp click-to-chat link (wa.me) to the applicant's
 * mobile number (+62..., as the form stores it), with a message that
 * says where their request stands; none for another number.
 */
static NEOERR *
whatsapp_link(HDF *h)
{
	const char *phone = hdf_get_value(h, "Case.phone", "");
	const char *base = conf_str("Site.BaseUrl", "");
	char text[700], where[300], href[1600];
	char *esc = NULL;
	NEOERR *err;

	if (strncmp(phone, "+62", 3) != 0 ||
	    strspn(phone + 1, "0123456789") != strlen(phone + 1))
		return STATUS_OK;
	if (*base != '\0')
		snprintf(where, sizeof(where), "di %s/lacak", base);
	else
		snprintf(where, sizeof(where), "di menu Lacak Permohonan pada "
		    "situs %s", conf_str("Office.Website", "dinas"));
	snprintf(text, sizeof(text), "Yth. %s, permohonan pembinaan %s "
	    "dengan kode %s saat ini berstatus %s. Status dan langkahnya dapat "
	    "dilihat %s. Salam, %s", hdf_get_value(h, "Case.contact_name", ""),
	    hdf_get_value(h, "Case.business_name", ""),
	    hdf_get_value(h, "Case.tracking_code", ""),
	    hdf_get_value(h, "Case.status_label", ""), where,
	    conf_str("Office.ShortName", "Dinas"));
	err = cgi_url_escape(text, &esc);
	if (err != STATUS_OK)
		return nerr_pass(err);
	snprintf(href, sizeof(href), "https://wa.me/%s?text=%s", phone + 1,
	    esc);
	free(esc);
	return nerr_pass(hdf_set_value(h, "Case.wa_href", href));
}

/* Case.*_label and the coaching aspects in words. */
static NEOERR *
case_labels(HDF *h)
{
	char text[256], *aspect, *save = NULL, set[128];
	size_t used = 0;
	NEOERR *err;

	snprintf(set, sizeof(set), "%s", hdf_get_value(h, "Case.aspects", ""));
	text[0] = '\0';
	for (aspect = strtok_r(set, ",", &save); aspect != NULL;
	    aspect = strtok_r(NULL, ",", &save))
		used += (size_t)snprintf(text + used, used < sizeof(text) ?
		    sizeof(text) - used : 0, "%s%s", used > 0 ? ", " : "",
		    label_of(aspects, aspect_labels, aspect));
	err = hdf_set_value(h, "Case.aspects_text", text);
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Case.status_label", label_of(statuses,
		    status_labels, hdf_get_value(h, "Case.status", "")));
	if (err == STATUS_OK)
		err = whatsapp_link(h);
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Case.applicant_type_label",
		    label_of(applicant_types, applicant_type_labels,
		    hdf_get_value(h, "Case.applicant_type", "")));
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Case.sifat_label", label_of(sifats,
		    sifat_labels, hdf_get_value(h, "Case.sifat", "")));
	if (err == STATUS_OK && *hdf_get_value(h, "Case.agenda_no", "") != '\0')
		err = hdf_set_value(h, "Case.agenda_no_set", "1");
	return nerr_pass(err);
}

/* Events.N with labels of acts and roles. */
static NEOERR *
case_events(struct req *r, long long id)
{
	struct db_arg arg = DB_ARG_INT(id);
	enum role role;
	NEOERR *err;
	HDF *e;

	err = db_rows_to_hdf(STMT_CASE_EVENTS, &arg, 1, r->hdf, "Events", NULL);
	for (e = hdf_get_child(r->hdf, "Events"); e != NULL &&
	    err == STATUS_OK; e = hdf_obj_next(e)) {
		err = hdf_set_value(e, "action_label", act_label(hdf_get_value(e,
		    "action", "")));
		if (err == STATUS_OK && role_parse(hdf_get_value(e,
		    "actor_role", ""), &role) == 0)
			err = hdf_set_value(e, "actor_role_label",
			    role_label(role));
		else if (err == STATUS_OK)
			err = hdf_set_value(e, "actor_role_label", "Pemohon");
	}
	return nerr_pass(err);
}

/* The records of the later steps: Surat Tugas, coaching, report. */
static NEOERR *
case_records(struct req *r, long long id)
{
	struct db_arg arg = DB_ARG_INT(id);
	NEOERR *err;
	int n = 0;

	err = db_rows_to_hdf(STMT_SURAT_TUGAS, &arg, 1, r->hdf, "ST", &n);
	if (err == STATUS_OK && n == 1) {
		err = hdf_copy(r->hdf, "SuratTugas", hdf_get_obj(r->hdf, "ST.0"));
		arg = DB_ARG_INT(hdf_get_int_value(r->hdf, "SuratTugas.id", 0));
		if (err == STATUS_OK)
			err = db_rows_to_hdf(STMT_SURAT_TUGAS_OFFICERS, &arg, 1,
			    r->hdf, "SuratTugas.Officers", NULL);
		arg = DB_ARG_INT(id);
	}
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "ST");
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_COACHING, &arg, 1, r->hdf, "CO", &n);
	if (err == STATUS_OK && n == 1)
		err = hdf_copy(r->hdf, "Coaching", hdf_get_obj(r->hdf, "CO.0"));
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "CO");
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_REPORT, &arg, 1, r->hdf, "RE", &n);
	if (err == STATUS_OK && n == 1) {
		err = hdf_copy(r->hdf, "Report", hdf_get_obj(r->hdf, "RE.0"));
		if (err == STATUS_OK)
			err = db_rows_to_hdf(STMT_REPORT_ACTIONS, &arg, 1, r->hdf,
			    "Report.Actions", NULL);
	}
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "RE");
	return nerr_pass(err);
}

/* Fills the whole case page (without the act's form values). */
NEOERR *
case_fill(struct req *r, struct wf_case *c)
{
	struct db_arg arg;
	NEOERR *err;

	err = case_load(r, c);
	arg = DB_ARG_INT(c->id);
	if (err == STATUS_OK)
		err = case_labels(r->hdf);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_CASE_FILES, &arg, 1, r->hdf, "Files",
		    NULL);
	if (err == STATUS_OK)
		err = case_events(r, c->id);
	if (err == STATUS_OK)
		err = case_records(r, c->id);
	if (err == STATUS_OK)
		err = request_timeline(r->hdf, c->id, c->version_id, c->step_no,
		    hdf_get_value(r->hdf, "Case.status", ""));
	if (err == STATUS_OK)
		err = act_form(r, c);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", hdf_get_value(r->hdf,
		    "Case.business_name", ""));
	return nerr_pass(err);
}

NEOERR *
page_case(struct req *r)
{
	struct wf_case c;
	NEOERR *err;

	err = case_fill(r, &c);
	if (err == STATUS_OK && strcmp(hdf_get_value(r->hdf, "Query.pesan", ""),
	    "tindakan") == 0)
		err = hdf_set_value(r->hdf, "Page.Notice", "Tindakan disimpan.");
	if (err == STATUS_OK)
		err = resp_page(r, "admin_case.cs");
	return nerr_pass(err);
}

/*
 * Loads a document of a case in the office's format: the Lembar
 * Disposisi once the case is on the agenda, the Surat Tugas and the
 * report once made (need names what must exist; else NERR_NO_PAGE).
 */
static NEOERR *
case_document_load(struct req *r, const char *need, struct wf_case *c)
{
	NEOERR *err;

	err = case_fill(r, c);
	if (err == STATUS_OK && hdf_get_obj(r->hdf, need) == NULL)
		err = nerr_raise(NERR_NO_PAGE, "%s", "no such document yet");
	return nerr_pass(err);
}

/* A document for print, rendered with its template. */
static NEOERR *
case_document(struct req *r, const char *need, const char *title,
    const char *tpl)
{
	struct wf_case c;
	NEOERR *err;

	err = case_document_load(r, need, &c);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", title);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.BodyClass", "document");
	if (err == STATUS_OK)
		err = resp_page(r, tpl);
	return nerr_pass(err);
}

/* The same document as a PDF to download, named NAME-ID.pdf. */
static NEOERR *
case_document_pdf(struct req *r, const char *need, enum doc_kind kind,
    const char *name)
{
	struct wf_case c;
	char file[64];
	STRING out;
	NEOERR *err;

	err = case_document_load(r, need, &c);
	if (err == STATUS_OK)
		err = conf_copy_public(r->hdf);
	if (err != STATUS_OK)
		return nerr_pass(err);
	string_init(&out);
	err = doc_pdf(r->hdf, kind, &out);
	snprintf(file, sizeof(file), "%s-%lld.pdf", name, c.id);
	if (err == STATUS_OK)
		resp_bytes(r, out.buf, (size_t)out.len, "application/pdf", file,
		    0);
	string_clear(&out);
	return nerr_pass(err);
}

NEOERR *
page_doc_disposition(struct req *r)
{
	return nerr_pass(case_document(r, "Case.agenda_no_set",
	    "Lembar Disposisi", "doc_disposition.cs"));
}

NEOERR *
page_doc_surat_tugas(struct req *r)
{
	return nerr_pass(case_document(r, "SuratTugas", "Surat Tugas",
	    "doc_surat_tugas.cs"));
}

NEOERR *
page_doc_report(struct req *r)
{
	return nerr_pass(case_document(r, "Report", "Laporan Hasil Pembinaan "
	    "dan Rencana Tindak Lanjut", "doc_report.cs"));
}

NEOERR *
page_pdf_disposition(struct req *r)
{
	return nerr_pass(case_document_pdf(r, "Case.agenda_no_set",
	    DOC_DISPOSITION, "lembar-disposisi"));
}

NEOERR *
page_pdf_surat_tugas(struct req *r)
{
	return nerr_pass(case_document_pdf(r, "SuratTugas", DOC_SURAT_TUGAS,
	    "surat-tugas"));
}

NEOERR *
page_pdf_report(struct req *r)
{
	return nerr_pass(case_document_pdf(r, "Report", DOC_REPORT,
	    "laporan"));
}

/* GET: a file of a case the user may see, as an attachment (or inline). */
NEOERR *
page_file(struct req *r)
{
	static const struct {
		const char	*mime;
		const char	*ext;
	} exts[] = { { "application/pdf", "pdf" }, { "image/jpeg", "jpg" },
	    { "image/png", "png" } };
	char path[4096], name[96];
	const char *mime, *ext = "bin";
	long long id;
	NEOERR *err;
	size_t i;

	err = scoped_load(r, STMT_ATTACHMENT, "F", &id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (!upload_name_valid(hdf_get_value(r->hdf, "F.0.stored_name", "")))
		return nerr_raise(NERR_ASSERT, "%s", "stored name");
	mime = hdf_get_value(r->hdf, "F.0.mime", "application/octet-stream");
	for (i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (strcmp(exts[i].mime, mime) == 0)
			ext = exts[i].ext;
	snprintf(name, sizeof(name), "%s-%lld.%s", hdf_get_value(r->hdf,
	    "F.0.kind", "berkas"), id, ext);
	snprintf(path, sizeof(path), "%s/%s", conf_str("Paths.Uploads", ""),
	    hdf_get_value(r->hdf, "F.0.stored_name", ""));
	return nerr_pass(resp_file(r, path, mime, name,
	    strcmp(hdf_get_value(r->hdf, "Query.tampil", ""), "1") == 0));
}
