/* pdf.h: a small document model laid out onto A4 pages as PDF (Cairo and Pango). */
#ifndef PDF_H
#define PDF_H

/*
 * A document is made by appending blocks in order: each is laid out at
 * once below the one before, on a new page when it does not fit (a
 * paragraph, and a row taller than a page, go on over the break line by
 * line). Text is UTF-8 and is always text: never parsed as markup.
 * Lengths are in millimetres from the left margin.
 */
struct pdf;

/* How a text is set. */
#define PDF_BOLD	0x01
#define PDF_CENTRE	0x02
#define PDF_RIGHT	0x04
#define PDF_SMALL	0x08	/* 9 pt instead of 10.5 */
#define PDF_UNDERLINE	0x10

/*
 * One cell of a row: text at x, w wide (0: to the right margin); lead,
 * if not NULL, is set in bold before it. With tab > 0 the text has two
 * tab stops, at tab and 3 mm further, and its lines after the first of
 * each paragraph begin at the second ("Label\t:\tvalue").
 */
struct pdf_cell {
	double		 x;
	double		 w;
	const char	*lead;
	const char	*text;
	unsigned	 flags;
	double		 tab;
};

/* The PDF's bytes are appended to out as they are made. */
NEOERR	*pdf_open(struct pdf **, const char *title, STRING *out);
NEOERR	*pdf_finish(struct pdf *);
void	 pdf_free(struct pdf **);
int	 pdf_pages(const struct pdf *);

/* The letterhead: lines centred, the first nbold in bold, a double rule. */
void	 pdf_kop(struct pdf *, const char *const *lines, size_t n,
	    size_t nbold);
/* A document's title (centred, bold, in capitals) and a line under it. */
void	 pdf_title(struct pdf *, const char *title, int underline,
	    const char *subtitle);
/* A part's heading, kept with a few lines of what follows. */
void	 pdf_heading(struct pdf *, const char *text);
void	 pdf_paragraph(struct pdf *, const char *text, unsigned flags);
/* "label : value" at indent, the value wrapped beside the label. */
void	 pdf_field(struct pdf *, double indent, double label_w,
	    const char *label, const char *value);
/* A row of cells without borders. */
void	 pdf_cells(struct pdf *, const struct pdf_cell *, size_t n);
/*
 * A bordered table: columns as fractions of the width; header (NULL for
 * none) is repeated at the top of every page the table goes on to, and
 * must stay valid until pdf_table_end. Rows take ncols cells (their x and
 * w are the columns').
 */
#define PDF_COLS_MAX 8
void	 pdf_table(struct pdf *, size_t ncols, const double *fractions,
	    const char *const *header);
void	 pdf_table_row(struct pdf *, const struct pdf_cell *);
void	 pdf_table_end(struct pdf *);
/*
 * A signature block on the right: head lines (place and date; may use
 * the tab stops of struct pdf_cell), the position, room to sign, the name
 * underlined and "NIP. nip" (dots to fill in when nip is empty).
 */
void	 pdf_signature(struct pdf *, const char *const *head, size_t nhead,
	    const char *position, const char *name, const char *nip);
void	 pdf_space(struct pdf *, double mm);
/* Goes to a new page unless mm are left on this one. */
void	 pdf_need(struct pdf *, double mm);

#endif /* PDF_H */
