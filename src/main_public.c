/* main_public.c: the public program: standards pages, the request form, tracking. */
#include "sibina.h"

#include "pages.h"

/* Who may do what on the public site: the only place that says it. */
static const struct route routes[] = {
	{ "GET", "/", page_home, 0, 0 },
	{ "GET", "/layanan/:slug", page_service, 0, 0 },
	{ "GET", "/layanan/:slug/permohonan", page_apply_form, 0, 0 },
	{ "POST", "/layanan/:slug/permohonan", page_apply_submit, 0, 0 },
	{ "GET", "/permohonan/:code", page_request_done, 0, 0 },
	{ "GET", "/permohonan/:code/tanda-terima", page_request_receipt, 0,
	    0 },
	{ "GET", "/permohonan/:code/survei", page_survey_form, 0, 0 },
	{ "POST", "/permohonan/:code/survei", page_survey_submit, 0, 0 },
	{ "GET", "/lacak", page_track, 0, 0 },
	{ "GET", "/privasi", page_privacy, 0, 0 },
	{ "GET", "/statistik", page_stats, 0, 0 },
	/* Complaints (pengaduan): the form, its lookup, a complaint's status. */
	{ "GET", "/pengaduan", page_complaint_form, 0, 0 },
	{ "POST", "/pengaduan", page_complaint_submit, 0, 0 },
	{ "GET", "/pengaduan/:code", page_complaint_status, 0, 0 },
};

int
main(void)
{
	return serve("sibina", routes, sizeof(routes) / sizeof(routes[0]));
}
