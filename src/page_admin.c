/* page_admin.c: the entry page of the staff area. */
#include "sibina.h"

#include "pages.h"

NEOERR *
page_admin_home(struct req *r)
{
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title", "Area Staf");
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(resp_page(r, "admin_home.cs"));
}
