/* page_service.c: a service's published standard (Standar Pelayanan). */
#include "sibina.h"

#include <stdio.h>
#include <string.h>

#include "pages.h"

/*
 * Moves the items of every component (rows of code and text, in order)
 * under their component: Components.N.items.M.text.
 */
static NEOERR *
group_items(HDF *hdf)
{
	HDF *item, *comp;
	NEOERR *err;
	const char *code;
	char key[64];
	int count;

	for (item = hdf_get_child(hdf, "Items"); item != NULL;
	    item = hdf_obj_next(item)) {
		code = hdf_get_value(item, "code", "");
		for (comp = hdf_get_child(hdf, "Components"); comp != NULL;
		    comp = hdf_obj_next(comp))
			if (strcmp(hdf_get_value(comp, "code", ""), code) == 0)
				break;
		if (comp == NULL)
			continue;
		count = hdf_get_int_value(comp, "nitems", 0);
		snprintf(key, sizeof(key), "items.%d.text", count);
		err = hdf_set_value(comp, key, hdf_get_value(item, "text", ""));
		if (err == STATUS_OK)
			err = hdf_set_int_value(comp, "nitems", count + 1);
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	return nerr_pass(hdf_remove_tree(hdf, "Items"));
}

/* Tells each step where the flow goes next, for the swimlane arrows. */
static NEOERR *
link_steps(HDF *hdf)
{
	HDF *step, *next;
	NEOERR *err;

	for (step = hdf_get_child(hdf, "Steps"); step != NULL; step = next) {
		next = hdf_obj_next(step);
		if (next == NULL)
			break;
		err = hdf_set_value(step, "next_lane_pos",
		    hdf_get_value(next, "lane_pos", ""));
		if (err == STATUS_OK)
			err = hdf_set_value(step, "next_lane_name",
			    hdf_get_value(next, "lane_name", ""));
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	return STATUS_OK;
}

/* Appends "a", "a dan b" or "a, b dan c" (items n of them, each size long). */
static NEOERR *
append_list(STRING *out, const char *items, size_t size, int n)
{
	NEOERR *err = STATUS_OK;
	int i;

	for (i = 0; i < n && err == STATUS_OK; i++) {
		if (i > 0)
			err = string_append(out, i == n - 1 ? " dan " : ", ");
		if (err == STATUS_OK)
			err = string_append(out, items + (size_t)i * size);
	}
	return nerr_pass(err);
}

/*
 * Sets OfficeHours to the office hours (rows Hours.N: weekday, opens,
 * closes, in order) in one line, equal neighbouring weekdays together:
 * "Senin–Kamis 07.30–12.00 dan 13.00–16.00 WIB; Jumat 07.30–11.30 dan
 * 13.30–16.30 WIB". A day without hours is not named.
 */
static NEOERR *
office_hours_text(HDF *hdf)
{
	static const char *const days[8] = { "", "Senin", "Selasa", "Rabu",
	    "Kamis", "Jumat", "Sabtu", "Minggu" };
	char spans[8][4][32], text[8][160];
	int n[8] = { 0 }, d, e;
	NEOERR *err = STATUS_OK;
	STRING out, one;
	HDF *h;

	for (h = hdf_get_child(hdf, "Hours"); h != NULL; h = hdf_obj_next(h)) {
		d = hdf_get_int_value(h, "weekday", 0);
		if (d < 1 || d > 7 || n[d] == 4)
			continue;
		snprintf(spans[d][n[d]++], sizeof(spans[0][0]), "%s–%s",
		    hdf_get_value(h, "opens", ""), hdf_get_value(h, "closes", ""));
	}
	string_init(&out);
	for (d = 1; d <= 7 && err == STATUS_OK; d++) {
		string_init(&one);
		err = append_list(&one, spans[d][0], sizeof(spans[0][0]), n[d]);
		snprintf(text[d], sizeof(text[d]), "%s", one.buf != NULL ?
		    one.buf : "");
		string_clear(&one);
	}
	for (d = 1; d <= 7 && err == STATUS_OK; d = e + 1) {
		for (e = d; e < 7 && strcmp(text[e + 1], text[d]) == 0; e++)
			continue;
		if (n[d] == 0)
			continue;
		if (out.len > 0)
			err = string_append(&out, "; ");
		if (err == STATUS_OK)
			err = string_appendf(&out, e == d ? "%s" : e == d + 1 ?
			    "%s dan %s" : "%s–%s", days[d], days[e]);
		if (err == STATUS_OK)
			err = string_appendf(&out, " %s WIB", text[d]);
	}
	if (err == STATUS_OK)
		err = hdf_set_value(hdf, "OfficeHours", out.buf != NULL ?
		    out.buf : "");
	string_clear(&out);
	if (err == STATUS_OK)
		err = hdf_remove_tree(hdf, "Hours");
	return nerr_pass(err);
}

/*
 * Loads the service of a slug into Service.*; raises NERR_NO_PAGE if
 * there is none.
 */
NEOERR *
service_load(struct req *r, const char *slug)
{
	struct db_arg arg;
	NEOERR *err;
	int n;

	if (slug == NULL || !slug_valid(slug))
		return nerr_raise(NERR_NO_PAGE, "%s", "bad service slug");
	arg = DB_ARG_STR(slug);
	err = db_rows_to_hdf(STMT_SERVICE_BY_SLUG, &arg, 1, r->hdf, "Found",
	    &n);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (n == 0)
		return nerr_raise(NERR_NO_PAGE, "%s", "no such service");
	err = hdf_copy(r->hdf, "Service", hdf_get_obj(r->hdf, "Found.0"));
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "Found");
	return nerr_pass(err);
}

/* Loads the service named by the URL with its whole standard. */
static NEOERR *
fill_service(struct req *r)
{
	struct db_arg arg;
	NEOERR *err;

	err = service_load(r, r->param[0]);
	if (err != STATUS_OK)
		return nerr_pass(err);
	arg = DB_ARG_INT(hdf_get_int_value(r->hdf, "Service.version_id", 0));
	err = hdf_set_value(r->hdf, "Page.Title",
	    hdf_get_value(r->hdf, "Service.name", ""));
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_LANES, NULL, 0, r->hdf, "Lanes", NULL);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SERVICE_COMPONENTS, NULL, 0, r->hdf,
		    "Components", NULL);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SERVICE_ITEMS, &arg, 1, r->hdf,
		    "Items", NULL);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SERVICE_STEPS, &arg, 1, r->hdf,
		    "Steps", NULL);
	if (err == STATUS_OK)
		err = group_items(r->hdf);
	if (err == STATUS_OK)
		err = link_steps(r->hdf);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_OFFICE_HOURS, NULL, 0, r->hdf, "Hours",
		    NULL);
	if (err == STATUS_OK)
		err = office_hours_text(r->hdf);
	return nerr_pass(err);
}

NEOERR *
page_service(struct req *r)
{
	return nerr_pass(resp_cached_page(r, fill_service, "service.cs"));
}
