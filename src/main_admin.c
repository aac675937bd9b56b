/* main_admin.c: the admin program: the staff area under /admin. */
#include "sibina.h"

#include "pages.h"

/*
 * Who may do what in the staff area: the only place that says it. A
 * route's roles are checked by the gate (route.c) against the session.
 */
static const struct route routes[] = {
	{ "GET", "/admin/masuk", page_login_form, 0, 0 },
	{ "POST", "/admin/masuk", page_login_submit, 0, 0 },
	{ "POST", "/admin/keluar", page_logout, ROLES_STAFF, RT_PASSWORD },
	{ "GET", "/admin", page_admin_home, ROLES_STAFF, 0 },
	{ "GET", "/admin/", page_admin_home, ROLES_STAFF, 0 },
	{ "GET", "/admin/sandi", page_password_form, ROLES_STAFF, RT_PASSWORD },
	{ "POST", "/admin/sandi", page_password_submit, ROLES_STAFF,
	    RT_PASSWORD },
	{ "GET", "/admin/pengguna", page_users, ROLES_ADMIN, 0 },
	{ "GET", "/admin/pengguna/baru", page_user_new, ROLES_ADMIN, 0 },
	{ "POST", "/admin/pengguna/baru", page_user_create, ROLES_ADMIN, 0 },
	{ "GET", "/admin/pengguna/:id", page_user_edit, ROLES_ADMIN, 0 },
	{ "POST", "/admin/pengguna/:id", page_user_update, ROLES_ADMIN, 0 },
	{ "POST", "/admin/pengguna/:id/sandi", page_user_reset, ROLES_ADMIN,
	    0 },
	{ "POST", "/admin/pengguna/:id/status", page_user_status, ROLES_ADMIN,
	    0 },
	{ "GET", "/admin/unit", page_units, ROLES_ADMIN, 0 },
	{ "POST", "/admin/unit", page_unit_create, ROLES_ADMIN, 0 },
	{ "GET", "/admin/unit/:id", page_unit_edit, ROLES_ADMIN, 0 },
	{ "POST", "/admin/unit/:id", page_unit_update, ROLES_ADMIN, 0 },
	{ "GET", "/admin/standar", page_standards, ROLES_ADMIN, 0 },
	{ "GET", "/admin/standar/:id", page_standard, ROLES_ADMIN, 0 },
	{ "POST", "/admin/standar/:id", page_standard_save, ROLES_ADMIN, 0 },
	{ "GET", "/admin/kalender", page_calendar, ROLES_ADMIN, 0 },
	{ "POST", "/admin/kalender/jam", page_calendar_hours, ROLES_ADMIN, 0 },
	{ "POST", "/admin/kalender/libur", page_calendar_holiday_add,
	    ROLES_ADMIN, 0 },
	{ "POST", "/admin/kalender/libur/:tanggal/hapus",
	    page_calendar_holiday_delete, ROLES_ADMIN, 0 },
	{ "POST", "/admin/kalender/impor", page_calendar_import, ROLES_ADMIN,
	    0 },
	{ "GET", "/admin/permohonan", page_cases, ROLES_LANES, 0 },
	{ "GET", "/admin/permohonan/:id", page_case, ROLES_LANES, 0 },
	{ "POST", "/admin/permohonan/:id", page_case_act, ROLES_LANES, 0 },
	{ "GET", "/admin/berkas/:id", page_file, ROLES_LANES, 0 },
	{ "GET", "/admin/permohonan/:id/lembar-disposisi", page_doc_disposition,
	    ROLES_LANES, 0 },
	{ "GET", "/admin/permohonan/:id/surat-tugas", page_doc_surat_tugas,
	    ROLES_LANES, 0 },
	{ "GET", "/admin/permohonan/:id/laporan", page_doc_report, ROLES_LANES,
	    0 },
	{ "GET", "/admin/permohonan/:id/lembar-disposisi.pdf",
	    page_pdf_disposition, ROLES_LANES, 0 },
	{ "GET", "/admin/permohonan/:id/surat-tugas.pdf", page_pdf_surat_tugas,
	    ROLES_LANES, 0 },
	{ "GET", "/admin/permohonan/:id/laporan.pdf", page_pdf_report,
	    ROLES_LANES, 0 },
	/*
	 * Exports: the case list for every lane role (its own cases); the
	 * agenda book only for the front and leaders (page_export.c: 403).
	 */
	{ "GET", "/admin/ekspor", page_export_form, ROLES_LANES, 0 },
	{ "GET", "/admin/ekspor/unduh", page_export_download, ROLES_LANES, 0 },
	/* The dashboard: the office's leaders and the administrator. */
	{ "GET", "/admin/dasbor", page_dashboard, ROLE_BIT(ROLE_KEPALA_DINAS) |
	    ROLE_BIT(ROLE_SEKRETARIS) | ROLE_BIT(ROLE_KEPALA_BIDANG) |
	    ROLES_ADMIN, 0 },
	/* Complaints: the Sekretaris, the Kepala Dinas and the administrator. */
	{ "GET", "/admin/pengaduan", page_complaints, ROLES_COMPLAINTS, 0 },
	{ "GET", "/admin/pengaduan/:id", page_complaint_view, ROLES_COMPLAINTS,
	    0 },
	{ "POST", "/admin/pengaduan/:id/jawab", page_complaint_answer,
	    ROLES_COMPLAINTS, 0 },
	{ "POST", "/admin/pengaduan/:id/tutup", page_complaint_close,
	    ROLES_COMPLAINTS, 0 },
};

int
main(void)
{
	return serve("sibina-admin", routes, sizeof(routes) / sizeof(routes[0]));
}
