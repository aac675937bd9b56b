/* main_admin.c: the admin program: the staff area under /admin. */
#include "sibina.h"

#include "pages.h"

static const struct route routes[] = {
	{ "GET", "/admin", page_admin_home },
	{ "GET", "/admin/", page_admin_home },
};

int
main(void)
{
	return serve("sibina-admin", routes, sizeof(routes) / sizeof(routes[0]));
}
