/* page_survey.c: the satisfaction survey (SKM) an applicant answers once their case is Selesai: /permohonan/KODE/survei. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"

/* The respondent's profile, as the regulation's questionnaire asks it. */
static const char *const genders[] = { "L", "P", NULL };
static const char *const gender_labels[] = { "Laki-laki", "Perempuan", NULL };
static const char *const educations[] = { "sd", "smp", "sma", "d1d3", "d4s1",
    "s2", NULL };
static const char *const education_labels[] = { "SD ke bawah", "SMP", "SMA",
    "D1-D3", "D4/S1", "S2 ke atas", NULL };
static const char *const occupations[] = { "pns", "tni", "polri", "swasta",
    "wirausaha", "lainnya", NULL };
static const char *const occupation_labels[] = { "PNS", "TNI", "POLRI",
    "Swasta", "Wirausaha", "Lainnya", NULL };
/* Every element is answered 1..4 (ikm.c has the words of each answer). */
static const char *const scale[] = { "1", "2", "3", "4", NULL };

#define AGE_MIN 15
#define AGE_MAX 100

enum { F_U1, F_U2, F_U3, F_U4, F_U5, F_U6, F_U7, F_U8, F_U9, F_GENDER, F_AGE,
    F_EDUCATION, F_OCCUPATION, F_COMMENT, F__MAX };
/* The elements' names come from ikm_elements (fields_init). */
static struct field fields[F__MAX] = {
	[F_U1] = { "u1", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U2] = { "u2", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U3] = { "u3", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U4] = { "u4", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U5] = { "u5", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U6] = { "u6", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U7] = { "u7", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U8] = { "u8", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_U9] = { "u9", NULL, FIELD_CHOICE, 1, 0, scale },
	[F_GENDER] = { "jenis_kelamin", "Jenis kelamin", FIELD_CHOICE, 1, 0,
	    genders },
	[F_AGE] = { "usia", "Usia", FIELD_TEXT, 1, 3, NULL },
	[F_EDUCATION] = { "pendidikan", "Pendidikan terakhir", FIELD_CHOICE, 1,
	    0, educations },
	[F_OCCUPATION] = { "pekerjaan", "Pekerjaan", FIELD_CHOICE, 1, 0,
	    occupations },
	[F_COMMENT] = { "saran", "Saran dan masukan", FIELD_LINES, 0, 2000,
	    NULL },
};

/* Names the nine element fields after the regulation's elements. */
static void
fields_init(void)
{
	size_t i;

	for (i = 0; i < IKM_ELEMENTS; i++)
		fields[F_U1 + i].label = ikm_elements[i].name;
}

/* The case behind a survey address: its id, status and answer date. */
struct survey_case {
	long long	 id;
	char		 code[TRACKING_CODE_LEN];
	int		 done;		/* Selesai */
	int		 answered;
};

/*
 * Loads the case of the code in the path into Survey.* (code, business
 * name, the date it was answered). Counts a miss per address as /lacak
 * does, and answers 429 (*refused) past the limit; an unknown or
 * malformed code is a 404 like /permohonan/KODE.
 */
static NEOERR *
case_load_by_code(struct req *r, struct survey_case *c, int *refused)
{
	unsigned long long version;
	struct db_arg arg;
	HDF *h = r->hdf;
	NEOERR *err;
	int found = 0;

	memset(c, 0, sizeof(*c));
	*refused = 0;
	err = db_ready(&version);
	if (err == STATUS_OK)
		err = throttle_over(r, ATTEMPT_TRACK_MISS, NULL, refused);
	if (err != STATUS_OK || *refused) {
		if (err == STATUS_OK)
			throttle_refuse(r, ATTEMPT_TRACK_MISS);
		return nerr_pass(err);
	}
	if (tracking_code_parse(r->param[0], c->code, sizeof(c->code)) == 0) {
		arg = DB_ARG_STR(c->code);
		err = db_rows_to_hdf(STMT_SURVEY_CASE, &arg, 1, h, "Found",
		    &found);
	}
	if (err == STATUS_OK && found == 0) {
		err = throttle_note(r, ATTEMPT_TRACK_MISS, NULL);
		if (err == STATUS_OK)
			err = nerr_raise(NERR_NO_PAGE, "%s", "no such request");
	}
	if (err != STATUS_OK)
		return nerr_pass(err);
	c->id = strtoll(hdf_get_value(h, "Found.0.id", "0"), NULL, 10);
	c->done = strcmp(hdf_get_value(h, "Found.0.status", ""),
	    "selesai") == 0;
	c->answered = *hdf_get_value(h, "Found.0.answered_text", "") != '\0';
	/* The internal id is nobody's business outside. */
	err = hdf_remove_tree(h, "Found.0.id");
	if (err == STATUS_OK)
		err = hdf_copy(h, "Survey", hdf_get_obj(h, "Found.0"));
	if (err == STATUS_OK)
		err = hdf_remove_tree(h, "Found");
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Page.NoIndex", "1");
	return nerr_pass(err);
}

/*
 * The page of a case that cannot take the form: the thank-you page (200)
 * when answered, or 409 while the case is not Selesai.
 */
static NEOERR *
not_open(struct req *r, const struct survey_case *c)
{
	NEOERR *err;

	if (c->answered) {
		err = hdf_set_value(r->hdf, "Page.Title", "Terima Kasih");
		if (err == STATUS_OK)
			err = resp_page(r, "survey_done.cs");
		return nerr_pass(err);
	}
	err = hdf_set_value(r->hdf, "Page.Title", "Survei Belum Dapat Diisi");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Survey.NotYet", "1");
	if (err == STATUS_OK)
		err = resp_page_status(r, HTTP_CONFLICT, "survey_done.cs");
	return nerr_pass(err);
}

/* The nine elements with their questions and answers, for the form. */
static NEOERR *
elements_set(HDF *hdf)
{
	char key[96], value[4];
	NEOERR *err = STATUS_OK;
	size_t i, j;

	for (i = 0; i < IKM_ELEMENTS && err == STATUS_OK; i++) {
		snprintf(key, sizeof(key), "Elements.%zu.code", i);
		err = hdf_set_value(hdf, key, ikm_elements[i].code);
		snprintf(key, sizeof(key), "Elements.%zu.no", i);
		if (err == STATUS_OK)
			err = hdf_set_int_value(hdf, key, (int)i + 1);
		snprintf(key, sizeof(key), "Elements.%zu.name", i);
		if (err == STATUS_OK)
			err = hdf_set_value(hdf, key, ikm_elements[i].name);
		snprintf(key, sizeof(key), "Elements.%zu.question", i);
		if (err == STATUS_OK)
			err = hdf_set_value(hdf, key, ikm_elements[i].question);
		for (j = 0; j < 4 && err == STATUS_OK; j++) {
			snprintf(value, sizeof(value), "%zu", j + 1);
			snprintf(key, sizeof(key), "Elements.%zu.Answers.%zu.value",
			    i, j);
			err = hdf_set_value(hdf, key, value);
			snprintf(key, sizeof(key), "Elements.%zu.Answers.%zu.label",
			    i, j);
			if (err == STATUS_OK)
				err = hdf_set_value(hdf, key,
				    ikm_elements[i].answers[j]);
		}
	}
	return nerr_pass(err);
}

/* Shows the form (status 200, or 422 with the messages). */
static NEOERR *
form_show(struct req *r, enum http_status status)
{
	NEOERR *err;

	err = csrf_prepare(r);
	if (err == STATUS_OK)
		err = elements_set(r->hdf);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.jenis_kelamin", genders,
		    gender_labels);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.pendidikan", educations,
		    education_labels);
	if (err == STATUS_OK)
		err = choices_set(r->hdf, "Choices.pekerjaan", occupations,
		    occupation_labels);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title",
		    "Survei Kepuasan Masyarakat");
	if (err == STATUS_OK)
		err = resp_page_status(r, status, "survey.cs");
	return nerr_pass(err);
}

/* GET: the form, or the page that says why there is none. */
NEOERR *
page_survey_form(struct req *r)
{
	struct survey_case c;
	NEOERR *err;
	int refused;

	err = case_load_by_code(r, &c, &refused);
	if (err != STATUS_OK || refused)
		return nerr_pass(err);
	if (c.answered || !c.done)
		return nerr_pass(not_open(r, &c));
	return nerr_pass(form_show(r, HTTP_OK));
}

/* Returns the age typed (whole years), or -1 if it is not one. */
static int
age_of(const char *s)
{
	int age = 0;

	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || age > AGE_MAX)
			return -1;
		age = age * 10 + (*s - '0');
	}
	return age;
}

/* Checks what the field table cannot: NUL bytes, the age's range. */
static NEOERR *
check_rest(struct req *r, int *nerrors)
{
	char msg[160];
	NEOERR *err;
	int age;

	err = form_check_body(r->hdf, r->nul_field, fields, F__MAX, 0, nerrors);
	if (err != STATUS_OK ||
	    hdf_get_value(r->hdf, "Form.Error.usia", NULL) != NULL)
		return nerr_pass(err);
	age = age_of(hdf_get_value(r->hdf, "Form.usia", ""));
	if (age < AGE_MIN || age > AGE_MAX) {
		snprintf(msg, sizeof(msg), "Usia diisi dengan angka tahun, "
		    "dari %d sampai %d.", AGE_MIN, AGE_MAX);
		err = form_error(r->hdf, "usia", msg, nerrors);
	}
	return nerr_pass(err);
}

/* The address's survey counter: the submission limit, a count of its own. */
static void
throttle_subject(struct req *r, char *out, size_t len)
{
	snprintf(out, len, "survei %s",
	    hdf_get_value(r->hdf, "CGI.RemoteAddress", ""));
}

/*
 * Writes the response and counts it for the address, in one transaction.
 * *taken is set when the case already had one (a second POST, a double
 * click): nothing is stored twice.
 */
static NEOERR *
record(struct req *r, const struct survey_case *c, const char *subject,
    int *taken)
{
	struct db_arg a[15];
	char key[32];
	const char *comment;
	HDF *h = r->hdf;
	NEOERR *err;
	size_t i;

	*taken = 0;
	a[0] = DB_ARG_INT(c->id);
	for (i = 0; i < IKM_ELEMENTS; i++) {
		snprintf(key, sizeof(key), "Form.%s", ikm_elements[i].code);
		a[1 + i] = DB_ARG_INT(atoi(hdf_get_value(h, key, "0")));
	}
	a[10] = DB_ARG_STR(hdf_get_value(h, "Form.jenis_kelamin", ""));
	a[11] = DB_ARG_INT(age_of(hdf_get_value(h, "Form.usia", "")));
	a[12] = DB_ARG_STR(hdf_get_value(h, "Form.pendidikan", ""));
	a[13] = DB_ARG_STR(hdf_get_value(h, "Form.pekerjaan", ""));
	comment = hdf_get_value(h, "Form.saran", "");
	a[14] = *comment != '\0' ? DB_ARG_STR(comment) : DB_ARG_NULL;
	err = db_begin();
	if (err == STATUS_OK)
		err = db_exec(STMT_SURVEY_INSERT, a, 15, NULL);
	if (err == STATUS_OK)
		err = throttle_note(r, ATTEMPT_SUBMIT, subject);
	if (err == STATUS_OK)
		err = db_commit();
	if (err == STATUS_OK)
		return STATUS_OK;
	db_rollback();
	if (nerr_handle(&err, NERR_DUPLICATE))
		*taken = 1;
	return nerr_pass(err);
}

/* Sends the applicant to the survey's address (the thank-you page). */
static void
redirect_to(struct req *r, const struct survey_case *c)
{
	char path[64];

	snprintf(path, sizeof(path), "/permohonan/%s/survei", c->code);
	resp_redirect(r, path);
}

/*
 * POST: checks every answer; with errors the form comes back (422) with
 * the answers given; else the response is stored once and the applicant
 * sent by 303 to the thank-you page. A case answered already is that
 * page at once; one not Selesai is 409.
 */
NEOERR *
page_survey_submit(struct req *r)
{
	char subject[96];
	struct survey_case c;
	NEOERR *err;
	int refused, over, nerrors = 0, taken;

	err = case_load_by_code(r, &c, &refused);
	if (err != STATUS_OK || refused)
		return nerr_pass(err);
	if (c.answered) {
		redirect_to(r, &c);
		return STATUS_OK;
	}
	if (!c.done)
		return nerr_pass(not_open(r, &c));
	throttle_subject(r, subject, sizeof(subject));
	err = throttle_over(r, ATTEMPT_SUBMIT, subject, &over);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (over) {
		throttle_refuse(r, ATTEMPT_SUBMIT);
		return STATUS_OK;
	}
	fields_init();
	err = form_check(r->hdf, fields, F__MAX, &nerrors);
	if (err == STATUS_OK)
		err = check_rest(r, &nerrors);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (nerrors > 0) {
		err = hdf_set_int_value(r->hdf, "Form.Errors", nerrors);
		if (err == STATUS_OK)
			err = form_show(r, HTTP_UNPROCESSABLE);
		return nerr_pass(err);
	}
	err = record(r, &c, subject, &taken);
	if (err != STATUS_OK)
		return nerr_pass(err);
	redirect_to(r, &c);
	return STATUS_OK;
}
