/* main_public.c: the public program: home and service standards pages. */
#include "sibina.h"

#include "pages.h"

/* Who may do what on the public site: the only place that says it. */
static const struct route routes[] = {
	{ "GET", "/", page_home },
	{ "GET", "/layanan/:slug", page_service },
};

int
main(void)
{
	return serve("sibina", routes, sizeof(routes) / sizeof(routes[0]));
}
