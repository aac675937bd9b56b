/* page_standard.c: the administrator edits a service's published standard; each save is a new version. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

static const char *const units[] = { "minute", "hour", "day", "workday",
    NULL };
static const char *const unit_labels[] = { "menit", "jam", "hari",
    "hari kerja", NULL };

/* The component drawn from the steps, not from items. */
#define STEPS_COMPONENT "prosedur"
#define ITEM_TEXT_MAX 4000
#define ITEM_LINE_MAX 1000

/* The changes of a new version, in words, one per line. */
struct changes {
	STRING	 text;
	int	 count;
};

static NEOERR *
change(struct changes *ch, const char *line)
{
	NEOERR *err = STATUS_OK;

	ch->count++;
	if (ch->text.len > 0)
		err = string_append(&ch->text, "\n");
	if (err == STATUS_OK)
		err = string_append(&ch->text, line);
	return nerr_pass(err);
}

/*
 * Writes the items of a typed text as the program keeps them: one per
 * line (a browser sends CR LF), each trimmed, empty lines dropped.
 */
static NEOERR *
items_normal(const char *typed, STRING *out)
{
	const char *p, *end, *a, *b;
	NEOERR *err = STATUS_OK;

	for (p = typed; *p != '\0' && err == STATUS_OK;
	    p = *end != '\0' ? end + 1 : end) {
		end = p + strcspn(p, "\r\n");
		for (a = p; a < end && (*a == ' ' || *a == '\t'); a++)
			continue;
		for (b = end; b > a && (b[-1] == ' ' || b[-1] == '\t'); b--)
			continue;
		if (a == b)
			continue;
		if (out->len > 0)
			err = string_append(out, "\n");
		if (err == STATUS_OK)
			err = string_appendn(out, a, (int)(b - a));
	}
	return nerr_pass(err);
}

/* Returns 1 if the line from p to end holds more than max characters. */
static int
line_too_long(const char *p, const char *end, size_t max)
{
	char *line = strndup(p, (size_t)(end - p));
	int over;

	over = line == NULL || utf8_chars(line) > max;
	free(line);
	return over;
}

/*
 * Loads the service of the route's :id with the version of its standard
 * in force: Standard.*, Components (with their items as lines), Steps,
 * Lanes, Choices.satuan and the history of Versions.
 */
static NEOERR *
standard_load(struct req *r, long long *service_id)
{
	struct db_arg arg;
	STRING text;
	NEOERR *err;
	HDF *c, *i;
	char key[64];
	int n = 0;

	err = record_load(r, STMT_SERVICE_BY_ID, "Standard", service_id);
	arg = DB_ARG_INT(hdf_get_int_value(r->hdf, "Standard.version_id", 0));
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SERVICE_COMPONENTS, NULL, 0, r->hdf,
		    "All", NULL);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_SERVICE_ITEMS, &arg, 1, r->hdf, "Items",
		    NULL);
	for (c = hdf_get_child(r->hdf, "All"); c != NULL && err == STATUS_OK;
	    c = hdf_obj_next(c)) {
		if (strcmp(hdf_get_value(c, "code", ""), STEPS_COMPONENT) == 0)
			continue;
		string_init(&text);
		for (i = hdf_get_child(r->hdf, "Items"); i != NULL &&
		    err == STATUS_OK; i = hdf_obj_next(i)) {
			if (strcmp(hdf_get_value(i, "code", ""),
			    hdf_get_value(c, "code", "")) != 0)
				continue;
			if (text.len > 0)
				err = string_append(&text, "\n");
			if (err == STATUS_OK)
				err = string_append(&text, hdf_get_value(i, "text",
				    ""));
		}
		snprintf(key, sizeof(key), "Components.%d.code", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, hdf_get_value(c, "code",
			    ""));
		snprintf(key, sizeof(key), "Components.%d.title", n);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, hdf_get_value(c, "title",
			    ""));
		snprintf(key, sizeof(key), "Components.%d.text", n++);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, text.buf != NULL ?
			    text.buf : "");
		string_clear(&text);
	}
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "All");
	if (err == STATUS_OK)
		err = hdf_remove_tree(r->hdf, "Items");
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_STEPS_OF_VERSION, &arg, 1, r->hdf,
		    "Steps", NULL);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_LANES, NULL, 0, r->hdf, "Lanes", NULL);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.satuan", units, unit_labels);
	arg = DB_ARG_INT(*service_id);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_VERSIONS_OF, &arg, 1, r->hdf, "Versions",
		    NULL);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", hdf_get_value(r->hdf,
		    "Standard.name", ""));
	return nerr_pass(err);
}

NEOERR *
page_standards(struct req *r)
{
	NEOERR *err;

	err = db_rows_to_hdf(STMT_STANDARD_LIST, NULL, 0, r->hdf, "Standards",
	    NULL);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", "Standar Pelayanan");
	if (err == STATUS_OK)
		err = resp_page(r, "admin_standards.cs");
	return nerr_pass(err);
}

NEOERR *
page_standard(struct req *r)
{
	long long id;
	NEOERR *err;

	err = standard_load(r, &id);
	if (err == STATUS_OK && strcmp(hdf_get_value(r->hdf, "Query.pesan", ""),
	    "versi") == 0)
		err = hdf_set_value(r->hdf, "Page.Notice", "Versi baru standar "
		    "pelayanan disimpan dan berlaku sejak sekarang.");
	if (err == STATUS_OK)
		err = resp_page(r, "admin_standard.cs");
	return nerr_pass(err);
}

/* A time standard in words: "5 menit", or "tanpa waktu". */
static void
time_words(const char *amount, const char *unit, char *out, size_t len)
{
	if (*amount == '\0')
		snprintf(out, len, "tanpa waktu");
	else
		snprintf(out, len, "%s %s", amount, label_of(units, unit_labels,
		    unit));
}

/*
 * Checks the items of each component (one per line) against the version
 * in force, noting the components whose text changed.
 */
static NEOERR *
check_items(struct req *r, struct changes *ch, int *nerrors)
{
	char name[64], line[160];
	struct field f = { NULL, NULL, FIELD_LINES, 0, ITEM_TEXT_MAX, NULL };
	const char *typed, *p, *end;
	STRING items;
	NEOERR *err = STATUS_OK;
	HDF *c;
	int n;

	for (c = hdf_get_child(r->hdf, "Components"); c != NULL &&
	    err == STATUS_OK; c = hdf_obj_next(c)) {
		snprintf(name, sizeof(name), "item_%s", hdf_get_value(c, "code",
		    ""));
		f.name = name;
		f.label = hdf_get_value(c, "title", "");
		n = 0;
		err = form_check(r->hdf, &f, 1, &n);
		*nerrors += n;
		snprintf(line, sizeof(line), "Form.%s", name);
		string_init(&items);
		if (err == STATUS_OK)
			err = items_normal(hdf_get_value(r->hdf, line, ""), &items);
		typed = items.buf != NULL ? items.buf : "";
		for (p = typed; err == STATUS_OK && n == 0 && *p != '\0';
		    p = *end != '\0' ? end + 1 : end) {
			end = p + strcspn(p, "\n");
			if (line_too_long(p, end, ITEM_LINE_MAX)) {
				snprintf(line, sizeof(line), "Satu butir %s "
				    "terlalu panjang.", f.label);
				err = form_error(r->hdf, name, line, nerrors);
				n = 1;
			}
		}
		if (err == STATUS_OK && n == 0 && strcmp(typed,
		    hdf_get_value(c, "text", "")) != 0) {
			snprintf(line, sizeof(line), "Komponen %s diubah.",
			    f.label);
			err = change(ch, line);
		}
		string_clear(&items);
	}
	return nerr_pass(err);
}

/* The name of the lane with code in Lanes, or NULL if there is none. */
static const char *
lane_name(HDF *hdf, const char *code)
{
	HDF *l;

	for (l = hdf_get_child(hdf, "Lanes"); l != NULL; l = hdf_obj_next(l))
		if (strcmp(hdf_get_value(l, "code", ""), code) == 0)
			return hdf_get_value(l, "name", "");
	return NULL;
}

/* Notes a changed field of a step: "Langkah 3, waktu: 5 menit menjadi 10 menit." */
static NEOERR *
step_change(struct changes *ch, int no, const char *what, const char *was,
    const char *now)
{
	char line[1200];

	was = was != NULL ? was : "";
	now = now != NULL ? now : "";
	if (strcmp(was, now) == 0)
		return STATUS_OK;
	snprintf(line, sizeof(line), "Langkah %d, %s: %s menjadi %s.", no, what,
	    *was != '\0' ? was : "(kosong)", *now != '\0' ? now : "(kosong)");
	return nerr_pass(change(ch, line));
}

/* Checks the fields of each step, noting what changed. */
static NEOERR *
check_steps(struct req *r, struct changes *ch, int *nerrors)
{
	char names[5][40], labels[5][48], key[64], was[64], now[64];
	static const char *const what[5] = { "kegiatan", "kelengkapan",
	    "output", "waktu", "satuan waktu" };
	int k;
	NEOERR *err = STATUS_OK;
	const char *lane, *amount, *unit;
	HDF *s;
	int no, n;

	for (s = hdf_get_child(r->hdf, "Steps"); s != NULL && err == STATUS_OK;
	    s = hdf_obj_next(s)) {
		no = hdf_get_int_value(s, "no", 0);
		snprintf(names[0], sizeof(names[0]), "langkah_%d_kegiatan", no);
		snprintf(names[1], sizeof(names[1]), "langkah_%d_kelengkapan", no);
		snprintf(names[2], sizeof(names[2]), "langkah_%d_output", no);
		snprintf(names[3], sizeof(names[3]), "langkah_%d_waktu", no);
		snprintf(names[4], sizeof(names[4]), "langkah_%d_satuan", no);
		/* "Langkah 3, kegiatan wajib diisi.": the step in each message. */
		for (k = 0; k < 5; k++)
			snprintf(labels[k], sizeof(labels[k]), "Langkah %d, %s", no,
			    what[k]);
		{
			struct field f[] = {
				{ names[0], labels[0], FIELD_TEXT, 1, 500, NULL },
				{ names[1], labels[1], FIELD_TEXT, 1, 255, NULL },
				{ names[2], labels[2], FIELD_TEXT, 1, 255, NULL },
				{ names[3], labels[3], FIELD_TEXT, 0, 3, NULL },
				{ names[4], labels[4], FIELD_CHOICE, 0, 0, units },
			};

			n = 0;
			err = form_check(r->hdf, f, 5, &n);
			*nerrors += n;
		}
		snprintf(key, sizeof(key), "Query.langkah_%d_pelaksana", no);
		lane = hdf_get_value(r->hdf, key, "");
		snprintf(key, sizeof(key), "Form.langkah_%d_pelaksana", no);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, key, lane_name(r->hdf, lane) !=
			    NULL ? lane : "");
		snprintf(key, sizeof(key), "langkah_%d_pelaksana", no);
		if (err == STATUS_OK && lane_name(r->hdf, lane) == NULL)
			err = form_error(r->hdf, key, "Pelaksana langkah ini wajib "
			    "dipilih dari daftar pelaksana.", nerrors);
		snprintf(key, sizeof(key), "Form.%s", names[3]);
		amount = hdf_get_value(r->hdf, key, "");
		snprintf(key, sizeof(key), "Form.%s", names[4]);
		unit = hdf_get_value(r->hdf, key, "");
		if (err == STATUS_OK && *amount != '\0' &&
		    (strspn(amount, "0123456789") != strlen(amount) ||
		    atoi(amount) < 1))
			err = form_error(r->hdf, names[3], "Waktu langkah ini harus "
			    "berupa bilangan bulat 1 sampai 999, atau dikosongkan.",
			    nerrors);
		else if (err == STATUS_OK && *amount != '\0' && *unit == '\0')
			err = form_error(r->hdf, names[4], "Satuan waktu langkah ini "
			    "wajib dipilih bila waktu diisi.", nerrors);
		if (err != STATUS_OK)
			break;
		snprintf(key, sizeof(key), "Form.%s", names[0]);
		err = step_change(ch, no, "kegiatan", hdf_get_value(s, "activity",
		    ""), hdf_get_value(r->hdf, key, ""));
		if (err == STATUS_OK)
			err = step_change(ch, no, "pelaksana", lane_name(r->hdf,
			    hdf_get_value(s, "lane", "")), lane_name(r->hdf, lane));
		snprintf(key, sizeof(key), "Form.%s", names[1]);
		if (err == STATUS_OK)
			err = step_change(ch, no, "kelengkapan", hdf_get_value(s,
			    "input", ""), hdf_get_value(r->hdf, key, ""));
		time_words(hdf_get_value(s, "time_amount", ""), hdf_get_value(s,
		    "time_unit", ""), was, sizeof(was));
		time_words(amount, unit, now, sizeof(now));
		if (err == STATUS_OK)
			err = step_change(ch, no, "waktu", was, now);
		snprintf(key, sizeof(key), "Form.%s", names[2]);
		if (err == STATUS_OK)
			err = step_change(ch, no, "output", hdf_get_value(s, "output",
			    ""), hdf_get_value(r->hdf, key, ""));
	}
	return nerr_pass(err);
}

/* Writes the items of the new version from the typed component texts. */
static NEOERR *
write_items(struct req *r, long long service_id, long long version_id)
{
	char key[64], *text, *line, *end, *save = NULL;
	struct db_arg a[5];
	NEOERR *err = STATUS_OK;
	HDF *c;
	int pos;

	for (c = hdf_get_child(r->hdf, "Components"); c != NULL &&
	    err == STATUS_OK; c = hdf_obj_next(c)) {
		snprintf(key, sizeof(key), "Form.item_%s", hdf_get_value(c,
		    "code", ""));
		text = strdup(hdf_get_value(r->hdf, key, ""));
		if (text == NULL)
			return nerr_raise(NERR_NOMEM, "%s", "items");
		pos = 0;
		for (line = strtok_r(text, "\r\n", &save); line != NULL &&
		    err == STATUS_OK; line = strtok_r(NULL, "\r\n", &save)) {
			while (*line == ' ' || *line == '\t')
				line++;
			for (end = line + strlen(line); end > line &&
			    (end[-1] == ' ' || end[-1] == '\t'); end--)
				end[-1] = '\0';
			if (*line == '\0')
				continue;
			a[0] = DB_ARG_INT(service_id);
			a[1] = DB_ARG_INT(version_id);
			a[2] = DB_ARG_STR(hdf_get_value(c, "code", ""));
			a[3] = DB_ARG_INT(++pos);
			a[4] = DB_ARG_STR(line);
			err = db_exec(STMT_ITEM_INSERT, a, 5, NULL);
		}
		free(text);
	}
	return nerr_pass(err);
}

/* Writes the steps of the new version: typed fields, kind and symbol kept. */
static NEOERR *
write_steps(struct req *r, long long service_id, long long version_id)
{
	char key[64];
	struct db_arg a[11];
	const char *amount;
	NEOERR *err = STATUS_OK;
	HDF *s;
	int no;

	for (s = hdf_get_child(r->hdf, "Steps"); s != NULL && err == STATUS_OK;
	    s = hdf_obj_next(s)) {
		no = hdf_get_int_value(s, "no", 0);
		a[0] = DB_ARG_INT(service_id);
		a[1] = DB_ARG_INT(version_id);
		a[2] = DB_ARG_INT(no);
		snprintf(key, sizeof(key), "Form.langkah_%d_kegiatan", no);
		a[3] = DB_ARG_STR(hdf_get_value(r->hdf, key, ""));
		snprintf(key, sizeof(key), "Form.langkah_%d_kelengkapan", no);
		a[4] = DB_ARG_STR(hdf_get_value(r->hdf, key, ""));
		snprintf(key, sizeof(key), "Form.langkah_%d_waktu", no);
		amount = hdf_get_value(r->hdf, key, "");
		a[5] = *amount != '\0' ? DB_ARG_INT(atoi(amount)) : DB_ARG_NULL;
		snprintf(key, sizeof(key), "Form.langkah_%d_satuan", no);
		a[6] = *amount != '\0' ? DB_ARG_STR(hdf_get_value(r->hdf, key,
		    "")) : DB_ARG_NULL;
		snprintf(key, sizeof(key), "Form.langkah_%d_output", no);
		a[7] = DB_ARG_STR(hdf_get_value(r->hdf, key, ""));
		a[8] = DB_ARG_STR(hdf_get_value(s, "symbol", "process"));
		a[9] = DB_ARG_STR(hdf_get_value(s, "action", ""));
		snprintf(key, sizeof(key), "Form.langkah_%d_pelaksana", no);
		a[10] = DB_ARG_STR(hdf_get_value(r->hdf, key, ""));
		err = db_exec(STMT_STEP_INSERT, a, 11, NULL);
	}
	return nerr_pass(err);
}

/* 409: another administrator saved a version since this form was opened. */
static void
stale_page(struct req *r)
{
	char msg[400];

	snprintf(msg, sizeof(msg), "Standar ini sudah diubah oleh %s pada %s. "
	    "Muat ulang halaman untuk melihat versi terbaru, lalu ulangi "
	    "perubahan Anda.", hdf_get_value(r->hdf, "Versions.0.creator_name",
	    "administrator lain"), hdf_get_value(r->hdf, "Versions.0.since_text",
	    "-"));
	resp_error_text(r, HTTP_CONFLICT, NULL, "Standar sudah diubah", msg);
}

/*
 * POST: a new version of the standard from the form, in force from now,
 * with what changed in words; nothing changed is a 422.
 */
NEOERR *
page_standard_save(struct req *r)
{
	static const struct field other[] = {
		{ "sk", "Nomor SK", FIELD_TEXT, 0, 200, NULL },
		{ "catatan", "Catatan perubahan", FIELD_LINES, 0, 1000, NULL },
	};
	struct changes ch = { { NULL, 0, 0 }, 0 };
	unsigned long long version_id = 0;
	long long service_id;
	struct db_arg a[5];
	char line[600];
	NEOERR *err;
	int nerrors = 0, n = 0;

	err = standard_load(r, &service_id);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (strcmp(hdf_get_value(r->hdf, "Query.versi", ""),
	    hdf_get_value(r->hdf, "Standard.version_number", "")) != 0) {
		stale_page(r);
		return STATUS_OK;
	}
	string_init(&ch.text);
	err = form_check(r->hdf, other, 2, &n);
	nerrors += n;
	if (err == STATUS_OK && strcmp(hdf_get_value(r->hdf, "Form.sk", ""),
	    hdf_get_value(r->hdf, "Standard.sk_number", "")) != 0) {
		snprintf(line, sizeof(line), "Nomor SK: %s menjadi %s.",
		    *hdf_get_value(r->hdf, "Standard.sk_number", "") != '\0' ?
		    hdf_get_value(r->hdf, "Standard.sk_number", "") : "(kosong)",
		    *hdf_get_value(r->hdf, "Form.sk", "") != '\0' ?
		    hdf_get_value(r->hdf, "Form.sk", "") : "(kosong)");
		err = change(&ch, line);
	}
	if (err == STATUS_OK)
		err = check_items(r, &ch, &nerrors);
	if (err == STATUS_OK)
		err = check_steps(r, &ch, &nerrors);
	if (err == STATUS_OK && nerrors == 0 && ch.count == 0)
		err = form_error(r->hdf, "perubahan", "Tidak ada perubahan: "
		    "ubah sekurang-kurangnya satu isian untuk menyimpan versi "
		    "baru.", &nerrors);
	if (err == STATUS_OK && nerrors > 0) {
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, "Form.versi",
			    hdf_get_value(r->hdf, "Standard.version_number", ""));
		if (err == STATUS_OK)
			err = resp_page_status(r, HTTP_UNPROCESSABLE,
			    "admin_standard.cs");
		string_clear(&ch.text);
		return nerr_pass(err);
	}
	if (err == STATUS_OK && *hdf_get_value(r->hdf, "Form.catatan", "") !=
	    '\0') {
		err = string_append(&ch.text, "\nCatatan: ");
		if (err == STATUS_OK)
			err = string_append(&ch.text, hdf_get_value(r->hdf,
			    "Form.catatan", ""));
	}
	a[0] = DB_ARG_INT(service_id);
	a[1] = DB_ARG_INT(hdf_get_int_value(r->hdf, "Standard.version_number",
	    0) + 1);
	a[2] = *hdf_get_value(r->hdf, "Form.sk", "") != '\0' ?
	    DB_ARG_STR(hdf_get_value(r->hdf, "Form.sk", "")) : DB_ARG_NULL;
	a[3] = DB_ARG_INT(r->user.id);
	a[4] = DB_ARG_STR(ch.text.buf != NULL ? ch.text.buf : "");
	if (err == STATUS_OK)
		err = db_begin();
	if (err == STATUS_OK)
		err = db_exec(STMT_VERSION_INSERT, a, 5, &version_id);
	if (err == STATUS_OK)
		err = write_items(r, service_id, (long long)version_id);
	if (err == STATUS_OK)
		err = write_steps(r, service_id, (long long)version_id);
	if (err == STATUS_OK)
		err = db_commit();
	string_clear(&ch.text);
	if (err != STATUS_OK) {
		db_rollback();
		/* Another administrator saved the same version number first. */
		if (nerr_handle(&err, NERR_DUPLICATE)) {
			err = hdf_remove_tree(r->hdf, "Versions");
			a[0] = DB_ARG_INT(service_id);
			if (err == STATUS_OK)
				err = db_rows_to_hdf(STMT_VERSIONS_OF, a, 1, r->hdf,
				    "Versions", NULL);
			if (err == STATUS_OK)
				stale_page(r);
		}
		return nerr_pass(err);
	}
	snprintf(line, sizeof(line), "/admin/standar/%lld?pesan=versi",
	    service_id);
	resp_redirect(r, line);
	return STATUS_OK;
}
