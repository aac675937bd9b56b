/* page_privacy.c: the privacy notice (UU 27/2022) the request form links to. */
#include "sibina.h"

#include "pages.h"

static NEOERR *
fill_privacy(struct req *r)
{
	return nerr_pass(hdf_set_value(r->hdf, "Page.Title",
	    "Pemberitahuan Privasi"));
}

NEOERR *
page_privacy(struct req *r)
{
	return nerr_pass(resp_cached_page(r, fill_privacy, "privacy.cs"));
}
