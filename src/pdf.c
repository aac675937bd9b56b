/* pdf.c: a small document model laid out onto A4 pages as PDF, with Cairo and Pango. */
#include "sibina.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "pdf.h"

/* Lengths are in points (the PDF's unit); MM() converts. */
#define MM(x)		((x) * 72.0 / 25.4)
#define PAGE_W		MM(210.0)
#define PAGE_H		MM(297.0)
#define MARGIN		MM(20.0)
#define LEFT		MARGIN
#define TOP		MARGIN
#define BOTTOM		(PAGE_H - MARGIN)
#define WIDTH		(PAGE_W - 2 * MARGIN)
#define PAD		MM(1.5)		/* inside a table's cells */
#define COLON		MM(3.0)		/* the column of a field's ":" */
#define SIGN_W		MM(85.0)
#define FONT		"DejaVu Sans"
#define BODY_PT		10.5
#define SMALL_PT	9.0
#define EPSILON		0.01

struct pdf {
	cairo_surface_t	*surface;
	cairo_t		*cr;
	PangoContext	*ctx;
	STRING		*out;
	NEOERR		*werr;		/* the first error writing to out */
	int		 discard;	/* freed unfinished: write no more */
	double		 y;		/* where the next block begins */
	double		 page_top;	/* where this page's content began */
	int		 pages;
	/* The table being made. */
	size_t		 ncols;
	double		 colx[PDF_COLS_MAX], colw[PDF_COLS_MAX];
	const char *const *header;
};

/* A text laid out in a cell, and how much of it is drawn. */
struct laid {
	double		 x, w;		/* the cell, in points */
	PangoLayout	*layout;
	int		 from;		/* Pango units drawn from its top */
	int		 height;
};

static double
pt(int units)
{
	return pango_units_to_double(units);
}

/* Cairo's stream writer: the bytes go to the caller's STRING. */
static cairo_status_t
write_out(void *closure, const unsigned char *data, unsigned int len)
{
	struct pdf *p = closure;

	if (p->werr != STATUS_OK || p->discard)
		return CAIRO_STATUS_WRITE_ERROR;
	if (len > INT_MAX) {
		p->werr = nerr_raise(NERR_ASSERT, "%s", "pdf write too large");
		return CAIRO_STATUS_WRITE_ERROR;
	}
	p->werr = string_appendn(p->out, (const char *)data, (int)len);
	return p->werr == STATUS_OK ? CAIRO_STATUS_SUCCESS :
	    CAIRO_STATUS_WRITE_ERROR;
}

/*
 * Lays out lead (bold) and text in w points, in size pt. The text is set
 * with pango_layout_set_text, never as markup; bold and underline are
 * attributes over byte ranges.
 */
static PangoLayout *
layout_text(struct pdf *p, const char *lead, const char *text,
    unsigned flags, double size, double w, double tab)
{
	PangoFontDescription *fd;
	PangoAttrList *attrs;
	PangoAttribute *a;
	PangoTabArray *tabs;
	PangoLayout *l;
	size_t nlead = lead != NULL ? strlen(lead) : 0;
	char *all;

	l = pango_layout_new(p->ctx);
	fd = pango_font_description_new();
	pango_font_description_set_family(fd, FONT);
	pango_font_description_set_weight(fd, (flags & PDF_BOLD) ?
	    PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_size(fd, (int)(size * PANGO_SCALE));
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(l, pango_units_from_double(w));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(l, (flags & PDF_CENTRE) ? PANGO_ALIGN_CENTER :
	    (flags & PDF_RIGHT) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	if (tab > 0) {
		tabs = pango_tab_array_new_with_positions(2, FALSE,
		    PANGO_TAB_LEFT, pango_units_from_double(tab),
		    PANGO_TAB_LEFT, pango_units_from_double(tab + COLON));
		pango_layout_set_tabs(l, tabs);
		pango_tab_array_free(tabs);
		pango_layout_set_indent(l, -pango_units_from_double(tab + COLON));
	}
	all = g_strconcat(lead != NULL ? lead : "", text != NULL ? text : "",
	    NULL);
	pango_layout_set_text(l, all, -1);
	attrs = pango_attr_list_new();
	if (nlead > 0) {
		a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
		a->start_index = 0;
		a->end_index = (guint)nlead;
		pango_attr_list_insert(attrs, a);
	}
	if (flags & PDF_UNDERLINE) {
		a = pango_attr_underline_new(PANGO_UNDERLINE_SINGLE);
		a->start_index = 0;
		a->end_index = (guint)strlen(all);
		pango_attr_list_insert(attrs, a);
	}
	pango_layout_set_attributes(l, attrs);
	pango_attr_list_unref(attrs);
	g_free(all);
	return l;
}

static double
size_of(unsigned flags)
{
	return (flags & PDF_SMALL) ? SMALL_PT : BODY_PT;
}

/* Draws a whole layout with its top left corner at (x, y); its height. */
static double
draw_layout(struct pdf *p, PangoLayout *l, double x, double y)
{
	int h;

	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
	pango_layout_get_size(l, NULL, &h);
	return pt(h);
}

static void
table_header(struct pdf *);

/*
 * Ends the page and begins the next: the page's number at its top from
 * the second page on, and the header of a table being made.
 */
static void
new_page(struct pdf *p)
{
	PangoLayout *l;
	char num[32];

	cairo_show_page(p->cr);
	p->pages++;
	p->y = p->page_top = TOP;
	snprintf(num, sizeof(num), "- %d -", p->pages);
	l = layout_text(p, NULL, num, PDF_CENTRE, SMALL_PT, WIDTH, 0);
	draw_layout(p, l, LEFT, MM(10.0));
	g_object_unref(l);
	if (p->header != NULL)
		table_header(p);
	p->page_top = p->y;
}

static int
page_fresh(const struct pdf *p)
{
	return p->y <= p->page_top + EPSILON;
}

/*
 * Draws at (x, y) the lines of l from the one beginning at from (Pango
 * units from its top) on, as many as end within room points (at least
 * one if force). Returns where the first line not drawn begins, or the
 * layout's height when all are drawn.
 */
static int
draw_lines(struct pdf *p, PangoLayout *l, double x, double y, int from,
    double room, int force)
{
	PangoLayoutIter *it;
	PangoLayoutLine *line;
	PangoRectangle lr, own;
	int next = -1, drawn = 0;

	it = pango_layout_get_iter(l);
	do {
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		if (lr.y < from)
			continue;
		if (pt(lr.y + lr.height - from) > room + EPSILON &&
		    !(force && drawn == 0)) {
			next = lr.y;
			break;
		}
		line = pango_layout_iter_get_line_readonly(it);
		pango_layout_line_get_extents(line, NULL, &own);
		cairo_move_to(p->cr, x + pt(lr.x - own.x),
		    y + pt(pango_layout_iter_get_baseline(it) - from));
		pango_cairo_show_layout_line(p->cr, line);
		drawn++;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	if (next < 0)
		pango_layout_get_size(l, NULL, &next);
	return next;
}

/*
 * Draws a row of laid-out cells at the current position, pad points
 * inside each, bordered or not. A row that does not fit goes to the next
 * page; one taller than a page (or a paragraph, with split) is drawn line
 * by line over the page breaks.
 */
static void
draw_row(struct pdf *p, struct laid *c, size_t n, double pad, int bordered,
    int split)
{
	double need, room, seg;
	size_t i;
	int next, left, started = 0;

	for (i = 0; i < n; i++) {
		c[i].from = 0;
		pango_layout_get_size(c[i].layout, NULL, &c[i].height);
	}
	for (;;) {
		need = 0;
		for (i = 0; i < n; i++)
			if (pt(c[i].height - c[i].from) > need)
				need = pt(c[i].height - c[i].from);
		room = BOTTOM - p->y - 2 * pad;
		if (need > room + EPSILON && !page_fresh(p) && !split &&
		    !started) {
			new_page(p);
			continue;
		}
		seg = 0;
		for (i = 0; i < n; i++) {
			next = draw_lines(p, c[i].layout, c[i].x + pad,
			    p->y + pad, c[i].from, room, page_fresh(p));
			if (pt(next - c[i].from) > seg)
				seg = pt(next - c[i].from);
			c[i].from = next;
		}
		if (seg > 0) {
			if (bordered)
				for (i = 0; i < n; i++) {
					cairo_rectangle(p->cr, c[i].x, p->y,
					    c[i].w, seg + 2 * pad);
					cairo_stroke(p->cr);
				}
			p->y += seg + 2 * pad;
			started = 1;
		}
		for (left = 0, i = 0; i < n; i++)
			if (c[i].from < c[i].height)
				left = 1;
		if (!left)
			break;
		new_page(p);
	}
}

/* Lays out the cells and draws them as a row; frees the layouts. */
static void
cells_row(struct pdf *p, const struct pdf_cell *cells, size_t n,
    const double *colx, const double *colw, double pad, int bordered)
{
	struct laid c[PDF_COLS_MAX * 2];
	double x, w;
	size_t i;

	if (n > sizeof(c) / sizeof(c[0]))
		n = sizeof(c) / sizeof(c[0]);
	for (i = 0; i < n; i++) {
		x = colx != NULL ? colx[i] : LEFT + MM(cells[i].x);
		w = colw != NULL ? colw[i] : cells[i].w > 0 ? MM(cells[i].w) :
		    LEFT + WIDTH - x;
		c[i].x = x;
		c[i].w = w;
		c[i].layout = layout_text(p, cells[i].lead, cells[i].text,
		    cells[i].flags, size_of(cells[i].flags), w - 2 * pad,
		    MM(cells[i].tab));
	}
	draw_row(p, c, n, pad, bordered, 0);
	for (i = 0; i < n; i++)
		g_object_unref(c[i].layout);
}

NEOERR *
pdf_open(struct pdf **pp, const char *title, STRING *out)
{
	cairo_font_options_t *fo;
	struct pdf *p;

	*pp = NULL;
	p = calloc(1, sizeof(*p));
	if (p == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "pdf");
	p->out = out;
	p->surface = cairo_pdf_surface_create_for_stream(write_out, p, PAGE_W,
	    PAGE_H);
	p->cr = cairo_create(p->surface);
	if (cairo_status(p->cr) != CAIRO_STATUS_SUCCESS) {
		NEOERR *err = nerr_raise(NERR_NOMEM, "cairo: %s",
		    cairo_status_to_string(cairo_status(p->cr)));

		pdf_free(&p);
		return err;
	}
	cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_TITLE,
	    title);
	cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_CREATOR,
	    "Sibina");
	cairo_set_line_width(p->cr, 0.6);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	/* Points are the user space's unit; metrics unhinted, as for print. */
	p->ctx = pango_cairo_create_context(p->cr);
	pango_cairo_context_set_resolution(p->ctx, 72.0);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p->ctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(p->ctx, FALSE);
	p->pages = 1;
	p->y = p->page_top = TOP;
	*pp = p;
	return STATUS_OK;
}

/* Ends the last page and writes the rest of the PDF to out. */
NEOERR *
pdf_finish(struct pdf *p)
{
	cairo_status_t st;

	cairo_surface_finish(p->surface);
	if (p->werr != STATUS_OK) {
		NEOERR *err = p->werr;

		p->werr = NULL;
		return nerr_pass(err);
	}
	st = cairo_surface_status(p->surface);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_status(p->cr);
	if (st != CAIRO_STATUS_SUCCESS)
		return nerr_raise(NERR_ASSERT, "cairo: %s",
		    cairo_status_to_string(st));
	return STATUS_OK;
}

void
pdf_free(struct pdf **pp)
{
	struct pdf *p = *pp;

	if (p == NULL)
		return;
	if (p->ctx != NULL)
		g_object_unref(p->ctx);
	if (p->cr != NULL)
		cairo_destroy(p->cr);
	/* If not finished (an error), nothing more goes to out. */
	p->discard = 1;
	if (p->surface != NULL)
		cairo_surface_destroy(p->surface);
	nerr_ignore(&p->werr);
	free(p);
	*pp = NULL;
}

int
pdf_pages(const struct pdf *p)
{
	return p->pages;
}

void
pdf_need(struct pdf *p, double mm)
{
	if (p->y + MM(mm) > BOTTOM && !page_fresh(p))
		new_page(p);
}

void
pdf_space(struct pdf *p, double mm)
{
	if (!page_fresh(p))
		p->y += MM(mm);
}

void
pdf_kop(struct pdf *p, const char *const *lines, size_t n, size_t nbold)
{
	PangoLayout *l;
	double size;
	char *up;
	size_t i;

	for (i = 0; i < n; i++) {
		if (lines[i] == NULL || *lines[i] == '\0')
			continue;
		size = i == 0 ? 12.0 : i == 1 ? 13.0 : SMALL_PT;
		up = i < 2 ? g_utf8_strup(lines[i], -1) : g_strdup(lines[i]);
		l = layout_text(p, NULL, up, PDF_CENTRE | (i < nbold ? PDF_BOLD :
		    0), size, WIDTH, 0);
		p->y += draw_layout(p, l, LEFT, p->y);
		g_object_unref(l);
		g_free(up);
	}
	/* The double rule: thick, then thin. */
	p->y += MM(1.5);
	cairo_save(p->cr);
	cairo_set_line_width(p->cr, 2.0);
	cairo_move_to(p->cr, LEFT, p->y);
	cairo_line_to(p->cr, LEFT + WIDTH, p->y);
	cairo_stroke(p->cr);
	cairo_set_line_width(p->cr, 0.75);
	cairo_move_to(p->cr, LEFT, p->y + 2.5);
	cairo_line_to(p->cr, LEFT + WIDTH, p->y + 2.5);
	cairo_stroke(p->cr);
	cairo_restore(p->cr);
	p->y += 2.5 + MM(6.0);
}

void
pdf_title(struct pdf *p, const char *title, int underline,
    const char *subtitle)
{
	PangoLayout *l;
	char *up;

	pdf_need(p, 25.0);
	up = g_utf8_strup(title, -1);
	l = layout_text(p, NULL, up, PDF_CENTRE | PDF_BOLD | (underline ?
	    PDF_UNDERLINE : 0), 13.0, WIDTH, 0);
	p->y += draw_layout(p, l, LEFT, p->y);
	g_object_unref(l);
	g_free(up);
	if (subtitle != NULL) {
		p->y += MM(0.5);
		l = layout_text(p, NULL, subtitle, PDF_CENTRE, BODY_PT, WIDTH, 0);
		p->y += draw_layout(p, l, LEFT, p->y);
		g_object_unref(l);
	}
	p->y += MM(6.0);
}

void
pdf_heading(struct pdf *p, const char *text)
{
	struct laid c;

	pdf_space(p, 3.0);
	pdf_need(p, 20.0);
	c.x = LEFT;
	c.w = WIDTH;
	c.layout = layout_text(p, NULL, text, PDF_BOLD, 11.0, WIDTH, 0);
	draw_row(p, &c, 1, 0, 0, 0);
	g_object_unref(c.layout);
	p->y += MM(1.0);
}

void
pdf_paragraph(struct pdf *p, const char *text, unsigned flags)
{
	struct laid c;

	c.x = LEFT;
	c.w = WIDTH;
	c.layout = layout_text(p, NULL, text, flags, size_of(flags), WIDTH, 0);
	draw_row(p, &c, 1, 0, 0, 1);
	g_object_unref(c.layout);
	p->y += MM(1.5);
}

void
pdf_field(struct pdf *p, double indent, double label_w, const char *label,
    const char *value)
{
	struct pdf_cell c[3];

	memset(c, 0, sizeof(c));
	c[0].x = indent;
	c[0].w = label_w;
	c[0].text = label;
	c[1].x = indent + label_w;
	c[1].w = 3.0;
	c[1].text = ":";
	c[2].x = indent + label_w + 3.0;
	c[2].text = value;
	pdf_cells(p, c, 3);
}

void
pdf_cells(struct pdf *p, const struct pdf_cell *cells, size_t n)
{
	cells_row(p, cells, n, NULL, NULL, 0, 0);
	p->y += MM(0.8);
}

/* Draws the header row of the table being made (not again on a break). */
static void
table_header(struct pdf *p)
{
	const char *const *header = p->header;
	struct pdf_cell c[PDF_COLS_MAX];
	size_t i;

	if (header == NULL)
		return;
	p->header = NULL;
	memset(c, 0, sizeof(c));
	for (i = 0; i < p->ncols; i++) {
		c[i].text = header[i];
		c[i].flags = PDF_BOLD | PDF_CENTRE;
	}
	cells_row(p, c, p->ncols, p->colx, p->colw, PAD, 1);
	p->header = header;
}

void
pdf_table(struct pdf *p, size_t ncols, const double *fractions,
    const char *const *header)
{
	double x = LEFT;
	size_t i;

	if (ncols > PDF_COLS_MAX)
		ncols = PDF_COLS_MAX;
	p->ncols = ncols;
	for (i = 0; i < ncols; i++) {
		p->colx[i] = x;
		p->colw[i] = i + 1 == ncols ? LEFT + WIDTH - x :
		    WIDTH * fractions[i];
		x += p->colw[i];
	}
	/* The header and a row or two on one page. */
	if (header != NULL)
		pdf_need(p, 25.0);
	p->header = header;
	table_header(p);
}

void
pdf_table_row(struct pdf *p, const struct pdf_cell *cells)
{
	cells_row(p, cells, p->ncols, p->colx, p->colw, PAD, 1);
}

void
pdf_table_end(struct pdf *p)
{
	p->ncols = 0;
	p->header = NULL;
	p->y += MM(1.5);
}

void
pdf_signature(struct pdf *p, const char *const *head, size_t nhead,
    const char *position, const char *name, const char *nip)
{
	PangoLayout *l[16];
	double x = LEFT + WIDTH - SIGN_W, h = 0, space = MM(20.0);
	char *nipline;
	size_t n = 0, i, ipos, iname;

	for (i = 0; i < nhead && n < 12; i++)
		l[n++] = layout_text(p, NULL, head[i], 0, BODY_PT, SIGN_W, MM(32.0));
	ipos = n;
	if (position != NULL && *position != '\0')
		l[n++] = layout_text(p, NULL, position, 0, BODY_PT, SIGN_W, 0);
	iname = n;
	l[n++] = layout_text(p, NULL, name, PDF_BOLD | PDF_UNDERLINE, BODY_PT,
	    SIGN_W, 0);
	nipline = g_strconcat("NIP. ", nip != NULL && *nip != '\0' ? nip :
	    "\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6"
	    "\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6", NULL);
	l[n++] = layout_text(p, NULL, nipline, 0, BODY_PT, SIGN_W, 0);
	g_free(nipline);
	for (i = 0; i < n; i++) {
		int lh;

		pango_layout_get_size(l[i], NULL, &lh);
		h += pt(lh);
	}
	h += space + MM(2.0);
	/* The block is kept on one page. */
	pdf_space(p, 8.0);
	if (p->y + h > BOTTOM && !page_fresh(p))
		new_page(p);
	for (i = 0; i < n; i++) {
		if (i == iname)
			p->y += space;
		if (i == ipos && ipos > 0)
			p->y += MM(2.0);
		p->y += draw_layout(p, l[i], x, p->y);
		g_object_unref(l[i]);
	}
}
