/* sheet.h: a table of rows written to a file as CSV (RFC 4180) or XLSX. */
#ifndef SHEET_H
#define SHEET_H

enum sheet_format { SHEET_CSV, SHEET_XLSX };

/* What a column holds: text, or a date given as YYYY-MM-DD ("" none). */
enum sheet_kind { SHEET_TEXT, SHEET_DATE };

struct sheet_col {
	const char	*title;		/* the header row's cell */
	enum sheet_kind	 kind;
	double		 width;		/* XLSX: in characters */
};

struct sheet;
NEOERR	*sheet_open(struct sheet **, enum sheet_format, const char *path,
	    const char *tmpdir, const char *title, const struct sheet_col *,
	    unsigned int ncols);
NEOERR	*sheet_row(struct sheet *, const char *const *values);
NEOERR	*sheet_close(struct sheet *);
void	 sheet_free(struct sheet *);

#endif /* SHEET_H */
