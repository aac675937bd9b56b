/* req.c: one request, read through ClearSilver's CGI kit from FastCGI or CGI. */
#include "sibina.h"

#include <fcgiapp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

/*
 * The callbacks through which ClearSilver's cgiwrap reads the request and
 * its environment. With a FastCGI request they use its streams and
 * parameters; without one, stdin, stdout and the process environment.
 */
static int
cb_read(void *data, char *buf, int n)
{
	struct io *io = data;
	int got;

	if (io->fcgx != NULL)
		got = FCGX_GetStr(buf, n, io->fcgx->in);
	else
		got = (int)fread(buf, 1, (size_t)n, stdin);
	if (got > 0)
		bodyscan_feed(&io->scan, buf, (size_t)got);
	return got;
}

static int
cb_writef(void *data, const char *fmt, va_list ap)
{
	struct io *io = data;

	if (io->fcgx != NULL)
		return FCGX_VFPrintF(io->fcgx->out, fmt, ap) < 0 ? -1 : 0;
	return vfprintf(stdout, fmt, ap) < 0 ? -1 : 0;
}

static int
cb_write(void *data, const char *buf, int n)
{
	struct io *io = data;

	if (io->fcgx != NULL)
		return FCGX_PutStr(buf, n, io->fcgx->out);
	return (int)fwrite(buf, 1, (size_t)n, stdout);
}

/* FNV-1a of a parameter name, up to its end or its '='. */
static unsigned int
name_hash(const char *s, size_t *len)
{
	unsigned int h = 2166136261u;
	size_t n;

	for (n = 0; s[n] != '\0' && s[n] != '='; n++)
		h = (h ^ (unsigned char)s[n]) * 16777619u;
	*len = n;
	return h;
}

/*
 * Indexes the request's FastCGI parameters in a small open-addressing
 * table. ClearSilver asks for some fifty names per request, most of them
 * absent; a linear scan of the parameters for each was a fifth of a
 * cached page's cost.
 */
static void
index_params(struct io *io)
{
	char **p;
	unsigned int i;
	size_t len;

	memset(io->param_slot, 0, sizeof(io->param_slot));
	io->indexed = 1;
	for (p = io->fcgx->envp; p != NULL && *p != NULL; p++) {
		/* Too many to index (a client sent a pile of headers): scan. */
		if (p - io->fcgx->envp >= IO_PARAM_SLOTS / 2) {
			io->indexed = -1;
			return;
		}
		i = name_hash(*p, &len) % IO_PARAM_SLOTS;
		while (io->param_slot[i] != NULL)
			i = (i + 1) % IO_PARAM_SLOTS;
		io->param_slot[i] = *p;
	}
}

static const char *
fcgx_param(struct io *io, const char *name)
{
	const char *e;
	unsigned int i;
	size_t len;

	if (io->indexed == 0)
		index_params(io);
	if (io->indexed < 0)
		return FCGX_GetParam(name, io->fcgx->envp);
	i = name_hash(name, &len) % IO_PARAM_SLOTS;
	for (; (e = io->param_slot[i]) != NULL; i = (i + 1) % IO_PARAM_SLOTS)
		if (strncmp(e, name, len) == 0 && e[len] == '=')
			return e + len + 1;
	return NULL;
}

static char *
cb_getenv(void *data, const char *name)
{
	struct io *io = data;
	const char *v;

	v = io->fcgx != NULL ? fcgx_param(io, name) : getenv(name);
	return v != NULL ? strdup(v) : NULL;
}

/* Requests never change the environment. */
static int
cb_putenv(void *data, const char *k, const char *v)
{
	(void)data;
	(void)k;
	(void)v;
	return 1;
}

static int
cb_iterenv(void *data, int num, char **k, char **v)
{
	struct io *io = data;
	char **env = io->fcgx != NULL ? io->fcgx->envp : environ;
	const char *eq;
	int i;

	*k = *v = NULL;
	for (i = 0; env != NULL && env[i] != NULL && i < num; i++)
		continue;
	if (env == NULL || env[i] == NULL)
		return 0;
	eq = strchr(env[i], '=');
	if (eq == NULL)
		return 0;
	*k = strndup(env[i], (size_t)(eq - env[i]));
	*v = strdup(eq + 1);
	return 0;
}

void
io_write(struct io *io, const char *buf, size_t len)
{
	if (io->fcgx != NULL)
		FCGX_PutStr(buf, (int)len, io->fcgx->out);
	else
		fwrite(buf, 1, len, stdout);
}

/*
 * Stops reading a body that grows past the limit (a client that sends more
 * than its Content-Length said, or a server that did not check).
 */
static int
upload_limit(CGI *cgi, int nread, int expected)
{
	(void)cgi;
	(void)expected;
	return nread > REQUEST_BODY_MAX ? 1 : 0;
}

/*
 * Reads a request into a fresh CGI object and HDF, and finds its path:
 * REQUEST_URI without the query, decoded, checked and with the site's
 * base path removed. Raises NERR_BAD_REQUEST for a malformed path and
 * NERR_TOO_BIG for a body over REQUEST_BODY_MAX, which is then not read.
 */
NEOERR *
req_begin(struct req *r, struct io *io)
{
	const char *base, *uri;
	NEOERR *err;
	size_t blen;

	memset(r, 0, sizeof(*r));
	r->io = io;
	r->method = "GET";
	cgiwrap_init_emu(io, cb_read, cb_writef, cb_write, cb_getenv,
	    cb_putenv, cb_iterenv);
	err = cgi_init(&r->cgi, NULL);
	if (err != STATUS_OK)
		return nerr_pass(err);
	r->hdf = r->cgi->hdf;
	r->method = hdf_get_value(r->hdf, "CGI.RequestMethod", "GET");
	r->head = strcmp(r->method, "HEAD") == 0;
	/* The kit would cut a value at the NUL: nobody sends one honestly. */
	if (strstr(hdf_get_value(r->hdf, "CGI.QueryString", ""), "%00") != NULL)
		return nerr_raise(NERR_BAD_REQUEST, "%s", "NUL in the query");
	if (hdf_get_int_value(r->hdf, "CGI.ContentLength", 0) >
	    REQUEST_BODY_MAX || strlen(hdf_get_value(r->hdf,
	    "CGI.ContentLength", "")) > 9)
		return nerr_raise(NERR_TOO_BIG, "%s", "Content-Length over "
		    "the limit");
	r->cgi->upload_cb = upload_limit;
	/*
	 * Uploads are written where they are kept, and kept by a link
	 * (upload_store): a file is written once. The kit removes its own
	 * names when the request ends.
	 */
	if (*conf_str("Paths.Uploads", "") != '\0') {
		err = hdf_set_value(r->hdf, "Config.Upload.TmpDir",
		    conf_str("Paths.Uploads", ""));
		if (err == STATUS_OK)
			err = hdf_set_value(r->hdf, "Config.Upload.Unlink", "0");
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	/* The kit reads the body of a POST only: other bodies stay unread. */
	bodyscan_start(&io->scan, strcmp(r->method, "POST") == 0 ?
	    hdf_get_value(r->hdf, "CGI.ContentType", NULL) : NULL);
	r->nul_field = io->scan.nul_field;
	err = cgi_parse(r->cgi);
	if (nerr_handle(&err, CGIUploadCancelled))
		return nerr_raise(NERR_TOO_BIG, "%s", "body over the limit");
	/* A body that ended early is the client's doing, not a failure. */
	if (!bodyscan_complete(&io->scan, hdf_get_int_value(r->hdf,
	    "CGI.ContentLength", 0))) {
		nerr_ignore(&err);
		return nerr_raise(NERR_BAD_REQUEST, "%s", "body cut short");
	}
	if (err != STATUS_OK)
		return nerr_pass(err);
	uri = hdf_get_value(r->hdf, "CGI.RequestURI", NULL);
	err = path_decode(uri, &r->path);
	if (err != STATUS_OK)
		return nerr_pass(err);
	base = conf_str("Site.BasePath", "");
	blen = strlen(base);
	if (blen > 0 && strncmp(r->path, base, blen) == 0 &&
	    (r->path[blen] == '/' || r->path[blen] == '\0'))
		memmove(r->path, r->path + blen, strlen(r->path + blen) + 1);
	if (*r->path == '\0') {
		free(r->path);
		r->path = strdup("/");
		if (r->path == NULL)
			return nerr_raise(NERR_NOMEM, "%s", "path");
	}
	return STATUS_OK;
}

/* Frees everything the request made: nothing of it outlives it. */
void
req_end(struct req *r)
{
	size_t i;

	for (i = 0; i < ROUTE_PARAMS_MAX; i++)
		free(r->param[i]);
	free(r->path);
	if (r->cgi != NULL)
		cgi_destroy(&r->cgi);
	else if (r->hdf_owned && r->hdf != NULL)
		hdf_destroy(&r->hdf);
	memset(r, 0, sizeof(*r));
}
