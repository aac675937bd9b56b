/* route.c: the gate: finds the route of a request and calls its handler. */
#include "sibina.h"

#include <stdlib.h>
#include <string.h>

/*
 * Matches path against a pattern of literal segments and ":name"
 * segments; each ":name" takes one non-empty segment, copied into
 * r->param in order. Returns 1 on a match.
 */
static int
route_match(struct req *r, const char *pattern, const char *path)
{
	const char *p = pattern, *s = path, *end;
	size_t nparam = 0, i;

	while (*p != '\0') {
		if (*p == ':') {
			end = strchr(s, '/');
			if (end == NULL)
				end = s + strlen(s);
			if (end == s || nparam == ROUTE_PARAMS_MAX)
				goto fail;
			r->param[nparam] = strndup(s, (size_t)(end - s));
			if (r->param[nparam] == NULL)
				goto fail;
			nparam++;
			s = end;
			while (*p != '\0' && *p != '/')
				p++;
			continue;
		}
		if (*p != *s)
			goto fail;
		p++;
		s++;
	}
	if (*s == '\0')
		return 1;
fail:
	for (i = 0; i < nparam; i++) {
		free(r->param[i]);
		r->param[i] = NULL;
	}
	return 0;
}

static int
method_allowed(const char *route_method, const char *method)
{
	if (strcmp(route_method, method) == 0)
		return 1;
	return strcmp(route_method, "GET") == 0 && strcmp(method, "HEAD") == 0;
}

/*
 * Finds the route of the request: the first whose pattern and method
 * match, with its parameters in r->param. Returns NULL if there is none;
 * then allow holds the methods the path takes ("" for an unknown path).
 */
const struct route *
route_find(struct req *r, const struct route *table, size_t n, char *allow,
    size_t allowlen)
{
	size_t i, k;

	*allow = '\0';
	for (i = 0; i < n; i++) {
		if (!route_match(r, table[i].pattern, r->path))
			continue;
		if (method_allowed(table[i].method, r->method))
			return &table[i];
		if (strstr(allow, table[i].method) == NULL &&
		    strlen(allow) + strlen(table[i].method) + 9 < allowlen) {
			if (*allow != '\0')
				strcat(allow, ", ");
			strcat(allow, table[i].method);
			if (strcmp(table[i].method, "GET") == 0)
				strcat(allow, ", HEAD");
		}
		/* Params of a route that was not taken are not kept. */
		for (k = 0; k < ROUTE_PARAMS_MAX; k++) {
			free(r->param[k]);
			r->param[k] = NULL;
		}
	}
	return NULL;
}

/*
 * Lets a staff route's request through only for a live session of a role
 * the route names; answers it otherwise and returns 0. A GET without a
 * session goes to the login page; a user who must change their password
 * goes to that page first. Every staff page gets a CSRF token (its
 * logout button is a form) and, for a lane role, its inbox's count (in
 * the menu).
 */
static int
staff_gate(struct req *r, const struct route *rt)
{
	NEOERR *err;

	err = sess_load(r);
	if (err != STATUS_OK) {
		resp_fail(r, err);
		return 0;
	}
	if (r->user.id == 0) {
		if (strcmp(r->method, "POST") == 0)
			resp_error_text(r, HTTP_FORBIDDEN, NULL, "Sesi Anda telah "
			    "berakhir", "Anda belum masuk, atau sesi Anda telah "
			    "berakhir karena lama tidak digunakan. Masuk kembali, "
			    "lalu ulangi tindakan Anda.");
		else
			resp_redirect(r, "/admin/masuk");
		return 0;
	}
	/* Pages from here on, error pages too, are staff pages. */
	err = csrf_prepare(r);
	if (err == STATUS_OK)
		err = inbox_count_set(r);
	if (err == STATUS_OK)
		err = complaint_count_set(r);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Staff", "1");
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.NoIndex", "1");
	if (err != STATUS_OK) {
		resp_fail(r, err);
		return 0;
	}
	if ((rt->roles & ROLE_BIT(r->user.role)) == 0) {
		resp_error_text(r, HTTP_FORBIDDEN, NULL, "Akses ditolak",
		    "Anda tidak berwenang membuka halaman ini.");
		return 0;
	}
	if (r->user.must_change && (rt->flags & RT_PASSWORD) == 0) {
		resp_redirect(r, "/admin/sandi");
		return 0;
	}
	return 1;
}

/*
 * Sends the request to the handler of its route. A path no route knows
 * is a 404; a known path asked with another method is a 405 that lists
 * the methods it takes.
 */
void
route_dispatch(struct req *r, const struct route *table, size_t n)
{
	const struct route *rt;
	char allow[64], extra[80];
	NEOERR *err;

	rt = route_find(r, table, n, allow, sizeof(allow));
	if (rt == NULL) {
		snprintf(extra, sizeof(extra), "Allow: %s\r\n", allow);
		if (*allow != '\0')
			resp_error(r, HTTP_METHOD_NOT_ALLOWED, extra);
		else
			resp_error(r, HTTP_NOT_FOUND, NULL);
		return;
	}
	/* Every POST carries the token of a form we served: no exceptions. */
	if (strcmp(r->method, "POST") == 0 && !csrf_request_valid(r)) {
		resp_fail(r, nerr_raise(NERR_FORBIDDEN, "%s", "CSRF token "
		    "missing or invalid"));
		return;
	}
	if (rt->roles != 0 && !staff_gate(r, rt))
		return;
	err = rt->handler(r);
	if (err != STATUS_OK)
		resp_fail(r, err);
	else if (!r->answered)
		resp_fail(r, nerr_raise(NERR_ASSERT, "handler of %s sent "
		    "nothing", rt->pattern));
}
