/* pages.h: the page handlers, one file per page or page family. */
#ifndef PAGES_H
#define PAGES_H

NEOERR	*page_home(struct req *);
NEOERR	*page_service(struct req *);
NEOERR	*page_apply_form(struct req *);
NEOERR	*page_apply_submit(struct req *);
NEOERR	*page_request_done(struct req *);
NEOERR	*page_request_receipt(struct req *);
NEOERR	*page_track(struct req *);
/* The satisfaction survey of a finished case (page_survey.c). */
NEOERR	*page_survey_form(struct req *);
NEOERR	*page_survey_submit(struct req *);
NEOERR	*page_privacy(struct req *);
/* The public statistics (page_stats.c). */
NEOERR	*page_stats(struct req *);
/* Complaints (page_complaint.c public, page_complaints.c staff). */
NEOERR	*page_complaint_form(struct req *);
NEOERR	*page_complaint_submit(struct req *);
NEOERR	*page_complaint_status(struct req *);
NEOERR	*page_complaints(struct req *);
NEOERR	*page_complaint_view(struct req *);
NEOERR	*page_complaint_answer(struct req *);
NEOERR	*page_complaint_close(struct req *);

/* Shared by the pages of a service: Service.* of a slug, or NERR_NO_PAGE. */
NEOERR	*service_load(struct req *, const char *slug);
NEOERR	*page_admin_home(struct req *);
NEOERR	*page_login_form(struct req *);
NEOERR	*page_login_submit(struct req *);
NEOERR	*page_logout(struct req *);
NEOERR	*page_password_form(struct req *);
NEOERR	*page_password_submit(struct req *);
NEOERR	*page_users(struct req *);
NEOERR	*page_user_new(struct req *);
NEOERR	*page_user_create(struct req *);
NEOERR	*page_user_edit(struct req *);
NEOERR	*page_user_update(struct req *);
NEOERR	*page_user_reset(struct req *);
NEOERR	*page_user_status(struct req *);
NEOERR	*page_units(struct req *);
NEOERR	*page_unit_create(struct req *);
NEOERR	*page_unit_edit(struct req *);
NEOERR	*page_unit_update(struct req *);
NEOERR	*page_cases(struct req *);
NEOERR	*page_case(struct req *);
NEOERR	*page_case_act(struct req *);
NEOERR	*page_file(struct req *);
NEOERR	*page_doc_disposition(struct req *);
NEOERR	*page_doc_surat_tugas(struct req *);
NEOERR	*page_doc_report(struct req *);
NEOERR	*page_pdf_disposition(struct req *);
NEOERR	*page_pdf_surat_tugas(struct req *);
NEOERR	*page_pdf_report(struct req *);
NEOERR	*page_standards(struct req *);
NEOERR	*page_standard(struct req *);
NEOERR	*page_standard_save(struct req *);
NEOERR	*page_calendar(struct req *);
NEOERR	*page_calendar_hours(struct req *);
NEOERR	*page_calendar_holiday_add(struct req *);
NEOERR	*page_calendar_holiday_delete(struct req *);
NEOERR	*page_calendar_import(struct req *);
/* Exports (page_export.c). */
NEOERR	*page_export_form(struct req *);
NEOERR	*page_export_download(struct req *);
/* The leaders' dashboard (page_dashboard.c). */
NEOERR	*page_dashboard(struct req *);

/* Shared by the case page (page_case.c) and its acts (page_act.c). */
NEOERR	*case_load(struct req *, struct wf_case *);
NEOERR	*case_fill(struct req *, struct wf_case *);
NEOERR	*act_form(struct req *, const struct wf_case *);
const char *act_label(const char *aksi);

/* Shared by the staff pages (page_admin.c, page_inbox.c). */
void	 case_scope(const struct req *, struct db_arg *);
NEOERR	*page_notice(struct req *);
NEOERR	*param_id(struct req *, long long *id);
NEOERR	*record_load(struct req *, enum stmt, const char *prefix,
	    long long *id);

/* doc.c: a case's documents as PDF, from the HDF of their printable pages. */
enum doc_kind { DOC_DISPOSITION, DOC_SURAT_TUGAS, DOC_REPORT };
NEOERR	*doc_pdf(HDF *, enum doc_kind, STRING *out);

#endif /* PAGES_H */
