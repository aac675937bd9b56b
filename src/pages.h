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
NEOERR	*page_privacy(struct req *);

/* Shared by the pages of a service: Service.* of a slug, or NERR_NO_PAGE. */
NEOERR	*service_load(struct req *, const char *slug);
NEOERR	*page_admin_home(struct req *);

#endif /* PAGES_H */
