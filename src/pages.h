/* pages.h: the page handlers, one file per page or page family. */
#ifndef PAGES_H
#define PAGES_H

NEOERR	*page_home(struct req *);
NEOERR	*page_service(struct req *);
NEOERR	*page_admin_home(struct req *);

#endif /* PAGES_H */
