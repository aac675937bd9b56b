/* main_public.c: the public program: standards pages, the request form, tracking. */
#include "sibina.h"

#include "pages.h"

/* Who may do what on the public site: the only place that says it. */
static const struct route routes[] = {
	{ "GET", "/", page_home },
	{ "GET", "/layanan/:slug", page_service },
	{ "GET", "/layanan/:slug/permohonan", page_apply_form },
	{ "POST", "/layanan/:slug/permohonan", page_apply_submit },
	{ "GET", "/permohonan/:code", page_request_done },
	{ "GET", "/permohonan/:code/tanda-terima", page_request_receipt },
	{ "GET", "/lacak", page_track },
	{ "GET", "/privasi", page_privacy },
};

int
main(void)
{
	return serve("sibina", routes, sizeof(routes) / sizeof(routes[0]));
}
