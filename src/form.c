/* form.c: checks a submitted form against its field table, with Indonesian messages. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copies s without the white space at either end; NULL if out of memory. */
static char *
trimmed(const char *s)
{
	const char *end;

	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r' || end[-1] == '\n'))
		end--;
	return strndup(s, (size_t)(end - s));
}

static int
is_choice(const struct field *f, const char *v)
{
	const char *const *c;

	for (c = f->choices; c != NULL && *c != NULL; c++)
		if (strcmp(*c, v) == 0)
			return 1;
	return 0;
}

/*
 * Checks one value of a field; on success *clean is what to keep (the
 * normalised phone number, say). Returns NULL or the message to show.
 */
static const char *
check_value(const struct field *f, const char *v, char *clean,
    size_t cleanlen)
{
	snprintf(clean, cleanlen, "%s", v);
	if (!utf8_valid(v, strlen(v)) ||
	    !text_clean(v, f->kind == FIELD_LINES))
		return "berisi karakter yang tidak dapat diterima.";
	if (f->max > 0 && utf8_chars(v) > f->max)
		return "terlalu panjang.";
	switch (f->kind) {
	case FIELD_TEXT:
		/* Names and places never hold these; markup is refused. */
		return strpbrk(v, "<>") == NULL ? NULL :
		    "tidak boleh memuat tanda < atau >.";
	case FIELD_LINES:
		return NULL;
	case FIELD_CHECK:
		return strcmp(v, "1") == 0 ? NULL : "tidak valid.";
	case FIELD_PHONE:
		return phone_normalize(v, clean, cleanlen) == 0 ? NULL :
		    "tidak valid. Gunakan nomor HP Indonesia, misalnya "
		    "0812 3456 7890.";
	case FIELD_EMAIL:
		return email_valid(v) ? NULL :
		    "tidak valid. Contoh: nama@contoh.co.id.";
	case FIELD_NIB:
		return nib_valid(v) ? NULL : "harus terdiri atas 13 angka.";
	case FIELD_NIP:
		return nip_valid(v) ? NULL : "harus terdiri atas 18 angka.";
	case FIELD_DATE:
		return date_valid(v) ? NULL : "bukan tanggal yang valid.";
	case FIELD_CHOICE:
	case FIELD_CHOICES:
		return is_choice(f, v) ? NULL :
		    "tidak sesuai dengan pilihan yang tersedia.";
	}
	return "tidak valid.";
}

/* Sets Form.Error.<name> to "<label> <message>". */
static NEOERR *
set_error(HDF *hdf, const struct field *f, const char *msg, int *nerrors)
{
	char key[128], text[256];

	(*nerrors)++;
	snprintf(key, sizeof(key), "Form.Error.%s", f->name);
	snprintf(text, sizeof(text), "%s %s", f->label, msg);
	return nerr_pass(hdf_set_value(hdf, key, text));
}

/* Checks a field that takes several of its choices (check boxes). */
static NEOERR *
check_choices(HDF *hdf, const struct field *f, int *nerrors)
{
	char key[128], clean[64];
	const char *msg = NULL;
	HDF *node, *child;
	NEOERR *err;
	int count = 0;

	snprintf(key, sizeof(key), "Query.%s", f->name);
	node = hdf_get_obj(hdf, key);
	if (node == NULL)
		goto done;
	/* One value is Query.name; several are Query.name.0, .1, ... */
	child = hdf_obj_child(node);
	if (child == NULL)
		child = node;
	for (; child != NULL; child = child == node ? NULL :
	    hdf_obj_next(child)) {
		const char *v = hdf_obj_value(child);

		if (v == NULL || *v == '\0')
			continue;
		msg = check_value(f, v, clean, sizeof(clean));
		if (msg != NULL)
			break;
		snprintf(key, sizeof(key), "Form.%s.%s", f->name, v);
		err = hdf_set_value(hdf, key, "1");
		if (err != STATUS_OK)
			return nerr_pass(err);
		count++;
	}
done:
	if (msg == NULL && count == 0 && f->required)
		msg = "wajib dipilih, sekurang-kurangnya satu.";
	if (msg != NULL) {
		snprintf(key, sizeof(key), "Form.%s", f->name);
		err = hdf_remove_tree(hdf, key);
		if (err != STATUS_OK)
			return nerr_pass(err);
		return nerr_pass(set_error(hdf, f, msg, nerrors));
	}
	return STATUS_OK;
}

/*
 * Checks every field of a form: Query.<name> in, Form.<name> out (trimmed
 * and normalised, kept also when wrong so the form comes back as typed),
 * and Form.Error.<name> with a message for each field that is wrong.
 * *nerrors counts them. Raises only for internal failures.
 */
NEOERR *
form_check(HDF *hdf, const struct field *fields, size_t n, int *nerrors)
{
	const struct field *f;
	char key[128], *v, *clean;
	const char *msg;
	NEOERR *err = STATUS_OK;
	size_t i, cleanlen;

	*nerrors = 0;
	for (i = 0; i < n && err == STATUS_OK; i++) {
		f = &fields[i];
		if (f->kind == FIELD_CHOICES) {
			err = check_choices(hdf, f, nerrors);
			continue;
		}
		snprintf(key, sizeof(key), "Query.%s", f->name);
		v = trimmed(hdf_get_value(hdf, key, ""));
		cleanlen = (v != NULL ? strlen(v) : 0) + 32;
		clean = malloc(cleanlen);
		if (v == NULL || clean == NULL) {
			free(v);
			free(clean);
			return nerr_raise(NERR_NOMEM, "%s", "form value");
		}
		if (*v == '\0' && f->required)
			msg = f->kind == FIELD_CHECK ? "wajib dicentang." :
			    f->kind == FIELD_CHOICE ? "wajib dipilih." :
			    "wajib diisi.";
		else if (*v == '\0')
			msg = NULL;
		else
			msg = check_value(f, v, clean, cleanlen);
		snprintf(key, sizeof(key), "Form.%s", f->name);
		/*
		 * A wrong value comes back as typed, a good one cleaned; bytes
		 * that are not UTF-8 cannot be shown again and are dropped.
		 */
		if (msg == NULL && *v != '\0')
			err = hdf_set_value(hdf, key, clean);
		else
			err = hdf_set_value(hdf, key, utf8_valid(v, strlen(v)) ?
			    v : "");
		if (err == STATUS_OK && msg != NULL)
			err = set_error(hdf, f, msg, nerrors);
		free(v);
		free(clean);
	}
	return nerr_pass(err);
}

/*
 * Adds the message of a check form_check cannot make (a file, a choice
 * read from the database, two fields together) as Form.Error.<name>,
 * and counts it.
 */
NEOERR *
form_error(HDF *hdf, const char *name, const char *msg, int *nerrors)
{
	char key[128];

	(*nerrors)++;
	snprintf(key, sizeof(key), "Form.Error.%s", name);
	return nerr_pass(hdf_set_value(hdf, key, msg));
}

/*
 * What a field table cannot check of a public form: a NUL byte the body
 * scan found in field nul_field (a message at that field; 400 when it is
 * none of the form's), and, with honeypot, the field "kosongkan", which
 * people do not see and programs that fill in every field do.
 */
NEOERR *
form_check_body(HDF *hdf, const char *nul_field, const struct field *fields,
    size_t n, int honeypot, int *nerrors)
{
	char msg[192];
	NEOERR *err = STATUS_OK;
	size_t i;

	if (nul_field != NULL && *nul_field != '\0') {
		for (i = 0; i < n; i++)
			if (strcmp(fields[i].name, nul_field) == 0)
				break;
		if (i == n)
			return nerr_raise(NERR_BAD_REQUEST, "%s",
			    "NUL byte outside the form's fields");
		snprintf(msg, sizeof(msg), "%s berisi karakter yang tidak "
		    "dapat diterima.", fields[i].label);
		err = form_error(hdf, fields[i].name, msg, nerrors);
	}
	if (err == STATUS_OK && honeypot &&
	    *hdf_get_value(hdf, "Query.kosongkan", "") != '\0')
		err = form_error(hdf, "kosongkan", "Kolom \"Kosongkan kolom ini\" "
		    "harus dibiarkan kosong.", nerrors);
	return nerr_pass(err);
}

/*
 * The record a public form sent once already made (a double click, a
 * refresh, the back button): its code, found by the form's submit key
 * (of->by_key, the code in column of->code_col); *code is "" if none.
 */
NEOERR *
form_once_find(const struct form_once *of, const char *key, char *code,
    size_t len)
{
	struct db_arg arg = DB_ARG_STR(key);
	char name[64];
	HDF *rows;
	NEOERR *err;

	*code = '\0';
	err = hdf_init(&rows);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = db_rows_to_hdf(of->by_key, &arg, 1, rows, "R", NULL);
	snprintf(name, sizeof(name), "R.0.%s", of->code_col);
	if (err == STATUS_OK)
		snprintf(code, len, "%s", hdf_get_value(rows, name, ""));
	hdf_destroy(&rows);
	return nerr_pass(err);
}

/* Sends the sender to the page of the record with this code (303). */
void
form_once_redirect(struct req *r, const struct form_once *of,
    const char *code)
{
	char path[96];

	snprintf(path, sizeof(path), "%s/%s", of->path, code);
	resp_redirect(r, path);
}

/*
 * Before a public form's fields are checked: its submit key must be one
 * of ours (400), a form sent again is sent to what it made, and past the
 * per-address limit of of->kind the answer is 429; *answered then says
 * the request was answered. *key is the form's submit key.
 */
NEOERR *
form_once_gate(struct req *r, const struct form_once *of, const char **key,
    int *answered)
{
	char code[64];
	NEOERR *err;
	int over;

	*answered = 0;
	*key = hdf_get_value(r->hdf, "Query.submit_key", "");
	if (!upload_name_valid(*key))
		return nerr_raise(NERR_BAD_REQUEST, "%s", "bad submit key");
	err = form_once_find(of, *key, code, sizeof(code));
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (*code != '\0') {
		form_once_redirect(r, of, code);
		*answered = 1;
		return STATUS_OK;
	}
	err = throttle_over(r, of->kind, NULL, &over);
	if (err == STATUS_OK && over) {
		throttle_refuse(r, of->kind);
		*answered = 1;
	}
	return nerr_pass(err);
}
