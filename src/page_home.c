/* page_home.c: the home page: the office and the services it offers. */
#include "sibina.h"

#include "pages.h"

static NEOERR *
fill_home(struct req *r)
{
	NEOERR *err;

	err = hdf_set_value(r->hdf, "Page.Title", "Beranda");
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(db_rows_to_hdf(STMT_SERVICE_LIST, NULL, 0, r->hdf,
	    "Services", NULL));
}

NEOERR *
page_home(struct req *r)
{
	return nerr_pass(resp_cached_page(r, fill_home, "home.cs"));
}
