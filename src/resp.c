/* resp.c: status, headers, rendered pages and error pages of a response. */
#include "sibina.h"

#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>

/*
 * Sent with every response, error pages included. No script runs from
 * anywhere but our own files, nothing may frame the pages.
 */
static const char security_headers[] =
    "Content-Security-Policy: default-src 'none'; style-src 'self'; "
    "img-src 'self' data:; script-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "X-Frame-Options: DENY\r\n"
    "Referrer-Policy: same-origin\r\n"
    "Cross-Origin-Opener-Policy: same-origin\r\n"
    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n";

static const char *
status_text(enum http_status s)
{
	switch (s) {
	case HTTP_OK:
		return "OK";
	case HTTP_SEE_OTHER:
		return "See Other";
	case HTTP_NOT_MODIFIED:
		return "Not Modified";
	case HTTP_BAD_REQUEST:
		return "Bad Request";
	case HTTP_FORBIDDEN:
		return "Forbidden";
	case HTTP_CONFLICT:
		return "Conflict";
	case HTTP_NOT_FOUND:
		return "Not Found";
	case HTTP_METHOD_NOT_ALLOWED:
		return "Method Not Allowed";
	case HTTP_TOO_LARGE:
		return "Content Too Large";
	case HTTP_UNPROCESSABLE:
		return "Unprocessable Content";
	case HTTP_TOO_MANY:
		return "Too Many Requests";
	case HTTP_UNAVAILABLE:
		return "Service Unavailable";
	case HTTP_INTERNAL_ERROR:
		break;
	}
	return "Internal Server Error";
}

/*
 * Writes the status line, the security headers, the given extra header
 * lines (each ending in CRLF) and the body; a HEAD request gets no body.
 */
void
resp_send(struct req *r, enum http_status status, const char *extra,
    const char *body, size_t len)
{
	char head[256];
	size_t i;
	int n;

	n = snprintf(head, sizeof(head), "Status: %d %s\r\n"
	    "Content-Type: text/html; charset=utf-8\r\n"
	    "Content-Length: %zu\r\n", (int)status, status_text(status),
	    status == HTTP_NOT_MODIFIED ? (size_t)0 : len);
	io_write(r->io, head, (size_t)n);
	io_write(r->io, security_headers, sizeof(security_headers) - 1);
	for (i = 0; i < sizeof(r->cookies) / sizeof(r->cookies[0]); i++) {
		if (r->cookies[i][0] == '\0')
			continue;
		io_write(r->io, "Set-Cookie: ", 12);
		io_write(r->io, r->cookies[i], strlen(r->cookies[i]));
		io_write(r->io, "\r\n", 2);
	}
	if (extra != NULL)
		io_write(r->io, extra, strlen(extra));
	io_write(r->io, "\r\n", 2);
	if (!r->head && status != HTTP_NOT_MODIFIED && len > 0)
		io_write(r->io, body, len);
	r->answered = 1;
}

static NEOERR *
render_cb(void *ctx, char *s)
{
	return nerr_pass(string_append((STRING *)ctx, s));
}

/*
 * Parsed templates, kept by the worker: a page's template (with the
 * files it includes) is parsed once and rendered for each request with
 * that request's HDF. A template is parsed again when one of its files
 * changed (inode, size or modification time), or after a failed render.
 */
#define TPL_MAX 32
#define TPL_FILES 8

struct tpl_file {
	char path[PATH_MAX];
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
};

struct tpl {
	char name[64];
	CSPARSE *cs;
	HDF *hdf;		/* the HDF it was parsed with */
	int nfiles;		/* -1: more files than kept, not cached */
	struct tpl_file files[TPL_FILES];
};

static struct tpl tpls[TPL_MAX];

static void
tpl_drop(struct tpl *t)
{
	cs_destroy(&t->cs);
	hdf_destroy(&t->hdf);
	t->name[0] = '\0';
	t->nfiles = 0;
}

/* Loads a file of a template being parsed, and notes what it was. */
static NEOERR *
tpl_load(void *ctx, HDF *hdf, const char *filename, char **contents)
{
	struct tpl *t = ctx;
	char path[PATH_MAX];
	struct stat st;
	NEOERR *err;

	*contents = NULL;
	if (filename[0] != '/') {
		err = hdf_search_path(hdf, filename, path);
		if (err != STATUS_OK)
			return nerr_pass(err);
	} else if (strlen(filename) >= sizeof(path)) {
		return nerr_raise(NERR_ASSERT, "%s", "template path too long");
	} else {
		strcpy(path, filename);
	}
	if (stat(path, &st) != 0)
		return nerr_raise_errno(NERR_IO, "stat %s", path);
	err = ne_load_file(path, contents);
	if (err != STATUS_OK)
		return nerr_pass(err);
	if (t->nfiles < 0 || t->nfiles == TPL_FILES ||
	    strlen(path) >= sizeof(t->files[0].path)) {
		t->nfiles = -1;
		return STATUS_OK;
	}
	strcpy(t->files[t->nfiles].path, path);
	t->files[t->nfiles].dev = st.st_dev;
	t->files[t->nfiles].ino = st.st_ino;
	t->files[t->nfiles].size = st.st_size;
	t->files[t->nfiles].mtime = st.st_mtim;
	t->nfiles++;
	return STATUS_OK;
}

/* Whether the files a template was parsed from are still the same. */
static int
tpl_fresh(const struct tpl *t)
{
	struct stat st;
	int i;

	if (t->nfiles <= 0)
		return 0;
	for (i = 0; i < t->nfiles; i++) {
		if (stat(t->files[i].path, &st) != 0 ||
		    st.st_dev != t->files[i].dev ||
		    st.st_ino != t->files[i].ino ||
		    st.st_size != t->files[i].size ||
		    st.st_mtim.tv_sec != t->files[i].mtime.tv_sec ||
		    st.st_mtim.tv_nsec != t->files[i].mtime.tv_nsec)
			return 0;
	}
	return 1;
}

/*
 * Parses tpl into t, with an HDF of its own that holds what parsing
 * reads: the escaping mode and the templates' directory.
 */
static NEOERR *
tpl_parse(struct tpl *t, const char *tpl)
{
	NEOERR *err;

	tpl_drop(t);
	err = hdf_init(&t->hdf);
	if (err == STATUS_OK)
		err = hdf_set_value(t->hdf, "Config.VarEscapeMode", "html");
	if (err == STATUS_OK)
		err = hdf_set_value(t->hdf, "Config.DebugEnabled", "0");
	if (err == STATUS_OK)
		err = hdf_set_value(t->hdf, "hdf.loadpaths.0",
		    conf_str("Paths.Templates", SIBINA_TEMPLATES_DEFAULT));
	if (err == STATUS_OK)
		err = cs_init(&t->cs, t->hdf);
	if (err == STATUS_OK)
		err = cgi_register_strfuncs(t->cs);
	if (err == STATUS_OK) {
		cs_register_fileload(t->cs, t, tpl_load);
		err = cs_parse_file(t->cs, tpl);
	}
	if (err != STATUS_OK) {
		tpl_drop(t);
		return nerr_pass(err);
	}
	snprintf(t->name, sizeof(t->name), "%s", tpl);
	return STATUS_OK;
}

/* The parsed template tpl, parsed now if it is not kept or has changed. */
static NEOERR *
tpl_get(const char *tpl, struct tpl **out)
{
	struct tpl *t = NULL;
	size_t i;

	*out = NULL;
	if (strlen(tpl) >= sizeof(tpls[0].name))
		return nerr_raise(NERR_ASSERT, "template name too long: %s", tpl);
	for (i = 0; i < TPL_MAX; i++) {
		if (strcmp(tpls[i].name, tpl) == 0) {
			t = &tpls[i];
			break;
		}
		if (t == NULL && tpls[i].name[0] == '\0')
			t = &tpls[i];
	}
	if (t == NULL)
		t = &tpls[0];	/* more templates than kept: reuse a slot */
	if (t->cs != NULL && strcmp(t->name, tpl) == 0 && tpl_fresh(t)) {
		*out = t;
		return STATUS_OK;
	}
	*out = t;
	return nerr_pass(tpl_parse(t, tpl));
}

/*
 * Renders a template with the request's HDF. Escaping and debug-off are
 * set here, in code, whatever the configuration says: every var: in a
 * template is HTML-escaped.
 */
NEOERR *
resp_render(struct req *r, const char *tpl, STRING *out)
{
	NEOERR *err;
	struct tpl *t = NULL;
	HDF *h = r->hdf;

	err = hdf_set_value(h, "Config.VarEscapeMode", "html");
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Config.TimeFooter", "0");
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Config.DebugEnabled", "0");
	if (err == STATUS_OK)
		err = hdf_remove_tree(h, "Config.DebugPassword");
	if (err == STATUS_OK)
		err = hdf_set_value(h, "hdf.loadpaths.0",
		    conf_str("Paths.Templates", SIBINA_TEMPLATES_DEFAULT));
	if (err == STATUS_OK)
		err = conf_copy_public(h);
	if (err == STATUS_OK)
		err = hdf_set_value(h, "Page.Path", r->path != NULL ?
		    r->path : "/");
	if (err == STATUS_OK)
		err = tpl_get(tpl, &t);
	if (err != STATUS_OK)
		return nerr_pass(err);
	t->cs->hdf = h;
	err = cs_render(t->cs, out, render_cb);
	t->cs->hdf = t->hdf;
	t->cs->locals = NULL;
	if (err != STATUS_OK || t->nfiles < 0)
		tpl_drop(t);
	return nerr_pass(err);
}

/*
 * Renders and sends a page that is made anew for every request, with its
 * status (a form that comes back with errors is a 422 page, say).
 */
NEOERR *
resp_page_status(struct req *r, enum http_status status, const char *tpl)
{
	STRING out;
	NEOERR *err;

	string_init(&out);
	err = resp_render(r, tpl, &out);
	if (err == STATUS_OK)
		resp_send(r, status, "Cache-Control: no-store\r\n",
		    out.buf, (size_t)out.len);
	string_clear(&out);
	return nerr_pass(err);
}

NEOERR *
resp_page(struct req *r, const char *tpl)
{
	return nerr_pass(resp_page_status(r, HTTP_OK, tpl));
}

/*
 * The mark a page's template leaves where a part rendered before (and
 * kept) goes. Nothing else can write it: every value a template shows is
 * escaped, so no "<" of data ever reaches the page as it is.
 */
#define PART_MARK "<!--sibina-part-->"

/*
 * Renders and sends a page with a part of it already rendered: part
 * (len bytes, none when NULL) takes the place of the template's first
 * PART_MARK.
 */
NEOERR *
resp_page_part(struct req *r, const char *tpl, const char *part, size_t len)
{
	STRING page, spliced, *out = &page;
	const char *mark = NULL;
	NEOERR *err;

	string_init(&page);
	string_init(&spliced);
	err = resp_render(r, tpl, &page);
	if (err == STATUS_OK && part != NULL) {
		if (page.buf != NULL)
			mark = strstr(page.buf, PART_MARK);
		if (mark == NULL)
			err = nerr_raise(NERR_ASSERT, "%s has no part mark", tpl);
	}
	if (mark != NULL) {
		err = string_appendn(&spliced, page.buf, (int)(mark - page.buf));
		if (err == STATUS_OK)
			err = string_appendn(&spliced, part, (int)len);
		if (err == STATUS_OK)
			err = string_append(&spliced, mark + strlen(PART_MARK));
		out = &spliced;
	}
	if (err == STATUS_OK)
		resp_send(r, HTTP_OK, "Cache-Control: no-store\r\n", out->buf,
		    (size_t)out->len);
	string_clear(&page);
	string_clear(&spliced);
	return nerr_pass(err);
}

/*
 * Answers a POST with 303 See Other to a path of the site, so that a
 * refresh of the page that follows does not send the form again. The
 * path is ours (never taken from the request).
 */
void
resp_redirect(struct req *r, const char *path)
{
	char extra[384];

	snprintf(extra, sizeof(extra), "Location: %s%s\r\n"
	    "Cache-Control: no-store\r\n", conf_str("Site.BasePath", ""),
	    path);
	resp_send(r, HTTP_SEE_OTHER, extra, NULL, 0);
}

static void
send_cached(struct req *r, const struct cached_page *p)
{
	char extra[128];
	const char *body;
	char *inm = NULL;
	NEOERR *err;
	size_t len;

	body = cached_body(p, &len);
	snprintf(extra, sizeof(extra), "Cache-Control: no-cache\r\n"
	    "ETag: %s\r\n", cached_etag(p));
	/* ClearSilver's CGI kit does not import this header into HDF. */
	err = cgiwrap_getenv("HTTP_IF_NONE_MATCH", &inm);
	nerr_ignore(&err);
	if (inm != NULL && strstr(inm, cached_etag(p)) != NULL)
		resp_send(r, HTTP_NOT_MODIFIED, extra, NULL, 0);
	else
		resp_send(r, HTTP_OK, extra, body, len);
	free(inm);
}

/*
 * What a worker keeps of a page (cache.c): under key for one version, the
 * bytes tpl renders once fill() has loaded their data. *out points at the
 * kept copy, found or made now.
 */
NEOERR *
resp_kept(struct req *r, const char *key, unsigned long long version,
    fill_fn fill, const char *tpl, const struct cached_page **out)
{
	STRING html;
	NEOERR *err;

	*out = cache_get(key, version);
	if (*out != NULL)
		return STATUS_OK;
	err = fill(r);
	if (err != STATUS_OK)
		return nerr_pass(err);
	string_init(&html);
	err = resp_render(r, tpl, &html);
	if (err == STATUS_OK)
		err = cache_put(key, version, html.buf, (size_t)html.len, out);
	string_clear(&html);
	return nerr_pass(err);
}

/*
 * Sends a public page from the worker's cache while the published content
 * has not changed; otherwise fill() loads its data and the page is
 * rendered and kept. Browsers revalidate with the ETag.
 */
NEOERR *
resp_cached_page(struct req *r, fill_fn fill, const char *tpl)
{
	return nerr_pass(resp_cached_page_key(r, r->path, 0, fill, tpl));
}

/*
 * The same for a public page that also shows data besides the published
 * content (the statistics of the requests): key names the page and its
 * query; data_version is that data's version (the requests'), read by
 * the caller. A page is kept per key, and rendered anew when either
 * version moved: both only ever grow, so their sum changes whenever
 * either does, and the key's slot is reused rather than another taken.
 * Browsers revalidate with the ETag.
 */
NEOERR *
resp_cached_page_key(struct req *r, const char *key,
    unsigned long long data_version, fill_fn fill, const char *tpl)
{
	const struct cached_page *p;
	unsigned long long version;
	NEOERR *err;

	err = db_ready(&version);
	if (err == STATUS_OK)
		err = resp_kept(r, key, version + data_version, fill, tpl, &p);
	if (err != STATUS_OK)
		return nerr_pass(err);
	send_cached(r, p);
	return STATUS_OK;
}

/* The titles and messages of error pages, in the office's language. */
static void
error_text(enum http_status s, const char **title, const char **msg)
{
	switch (s) {
	case HTTP_BAD_REQUEST:
		*title = "Permintaan tidak valid";
		*msg = "Alamat atau data yang dikirim tidak dapat dibaca. "
		    "Periksa kembali alamat halaman.";
		break;
	case HTTP_FORBIDDEN:
		*title = "Formulir tidak dapat diterima";
		*msg = "Formulir ini sudah kedaluwarsa atau tidak dikirim dari "
		    "situs ini. Buka kembali halaman formulir, lalu kirim "
		    "ulang.";
		break;
	case HTTP_NOT_FOUND:
		*title = "Halaman tidak ditemukan";
		*msg = "Halaman yang Anda cari tidak ada. Mungkin alamatnya "
		    "salah ketik atau halaman sudah dipindahkan.";
		break;
	case HTTP_METHOD_NOT_ALLOWED:
		*title = "Metode tidak diizinkan";
		*msg = "Halaman ini tidak menerima permintaan dengan cara "
		    "tersebut.";
		break;
	case HTTP_TOO_LARGE:
		*title = "Data yang dikirim terlalu besar";
		*msg = "Seluruh data yang dikirim, termasuk berkas, paling "
		    "banyak 6 MB. Perkecil ukuran berkas (misalnya dengan "
		    "memindai pada resolusi lebih rendah), lalu kirim kembali.";
		break;
	case HTTP_TOO_MANY:
		*title = "Terlalu banyak percobaan";
		*msg = "Terlalu banyak permintaan dari alamat jaringan Anda "
		    "dalam waktu singkat. Tunggu beberapa saat, lalu coba "
		    "lagi. Jika Anda memerlukan bantuan, hubungi kantor kami.";
		break;
	case HTTP_UNAVAILABLE:
		*title = "Layanan sedang tidak tersedia";
		*msg = "Sistem sedang dalam pemeliharaan atau gangguan "
		    "sementara. Silakan coba lagi beberapa saat lagi.";
		break;
	default:
		*title = "Terjadi kesalahan pada sistem";
		*msg = "Permintaan Anda tidak dapat diproses karena kesalahan "
		    "pada sistem kami. Silakan coba lagi. Jika masalah "
		    "berlanjut, sampaikan kode insiden di bawah ini kepada "
		    "petugas.";
		break;
	}
}

/*
 * Sends a page made without templates, when even the error template
 * cannot be rendered; it still tells the incident id. The id is ours
 * (incident_id's alphabet), so it needs no escaping.
 */
static void
send_fallback(struct req *r, enum http_status s, const char *extra,
    const char *incident)
{
	char page[512];
	int n;

	n = snprintf(page, sizeof(page), "<!DOCTYPE html>\n<html lang=\"id\">"
	    "<head><meta charset=\"utf-8\"><title>Kesalahan</title></head>"
	    "<body><h1>Terjadi kesalahan</h1><p>Permintaan tidak dapat "
	    "diproses. Silakan coba lagi.</p><p>Kode insiden: %s</p>"
	    "</body></html>\n", incident);
	resp_send(r, s, extra, page, (size_t)n);
}

static void
send_error(struct req *r, enum http_status s, const char *extra,
    const char *incident, const char *title, const char *msg)
{
	STRING out;
	NEOERR *err;
	char status[8], id[INCIDENT_ID_LEN];

	if (incident == NULL) {
		incident_id(id, sizeof(id));
		incident = id;
	}
	if (r->hdf == NULL) {
		if (hdf_init(&r->hdf) != STATUS_OK) {
			send_fallback(r, s, extra, incident);
			return;
		}
		r->hdf_owned = 1;
	}
	if (title == NULL || msg == NULL)
		error_text(s, &title, &msg);
	snprintf(status, sizeof(status), "%d", (int)s);
	string_init(&out);
	err = hdf_set_value(r->hdf, "Error.Status", status);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Error.Title", title);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Page.Title", title);
	if (err == STATUS_OK)
		err = hdf_set_value(r->hdf, "Error.Message", msg);
	if (err == STATUS_OK && s == HTTP_INTERNAL_ERROR)
		err = hdf_set_value(r->hdf, "Error.Incident", incident);
	if (err == STATUS_OK && s == HTTP_NOT_FOUND && r->path != NULL)
		err = hdf_set_value(r->hdf, "Error.Path", r->path);
	if (err == STATUS_OK)
		err = resp_render(r, "error.cs", &out);
	if (err == STATUS_OK) {
		resp_send(r, s, extra, out.buf, (size_t)out.len);
	} else {
		log_neoerr(incident, err);
		send_fallback(r, s, extra, incident);
	}
	string_clear(&out);
}

/*
 * Writes the head of a file sent as it is: its type, as an attachment to
 * save (or inline, for an image or PDF shown in the page), never to be
 * sniffed, run, framed or cached. name is ours (kind and id), not the
 * applicant's.
 */
static void
file_head(struct req *r, const char *mime, long long size, const char *name,
    int inline_view)
{
	char head[768];
	int len;

	len = snprintf(head, sizeof(head), "Status: 200 OK\r\n"
	    "Content-Type: %s\r\nContent-Length: %lld\r\n"
	    "Content-Disposition: %s; filename=\"%s\"\r\n"
	    "X-Content-Type-Options: nosniff\r\n"
	    "Content-Security-Policy: sandbox; default-src 'none'; "
	    "img-src 'self'; frame-ancestors 'none'\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Cross-Origin-Opener-Policy: same-origin\r\n"
	    "Cross-Origin-Resource-Policy: same-origin\r\n"
	    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
	    "Cache-Control: private, no-store\r\n\r\n", mime, size,
	    inline_view ? "inline" : "attachment", name);
	io_write(r->io, head, (size_t)len);
	r->answered = 1;
}

/* Sends a stored file (see file_head). */
NEOERR *
resp_file(struct req *r, const char *path, const char *mime,
    const char *name, int inline_view)
{
	char buf[65536];
	struct stat st;
	size_t n;
	FILE *f;

	f = fopen(path, "rb");
	if (f == NULL)
		return nerr_raise_errno(NERR_IO, "open %s", path);
	if (fstat(fileno(f), &st) != 0) {
		fclose(f);
		return nerr_raise_errno(NERR_IO, "stat %s", path);
	}
	file_head(r, mime, (long long)st.st_size, name, inline_view);
	while (!r->head && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		io_write(r->io, buf, n);
	fclose(f);
	return STATUS_OK;
}

/* Sends a file made in memory (a PDF of a document), as resp_file does. */
void
resp_bytes(struct req *r, const char *body, size_t len, const char *mime,
    const char *name, int inline_view)
{
	file_head(r, mime, (long long)len, name, inline_view);
	if (!r->head && len > 0)
		io_write(r->io, body, len);
}

/*
 * Queues a cookie of the site: HttpOnly, SameSite=Lax, Secure under
 * HTTPS, for path under the base path ("/" or "/admin"); expire ends it.
 * Values are ours (hex), never the client's.
 */
void
resp_cookie(struct req *r, const char *name, const char *value,
    const char *path, int expire)
{
	size_t i;

	for (i = 0; i < sizeof(r->cookies) / sizeof(r->cookies[0]); i++)
		if (r->cookies[i][0] == '\0' ||
		    (strncmp(r->cookies[i], name, strlen(name)) == 0 &&
		    r->cookies[i][strlen(name)] == '='))
			break;
	if (i == sizeof(r->cookies) / sizeof(r->cookies[0]))
		return;		/* two are all we send */
	snprintf(r->cookies[i], sizeof(r->cookies[i]), "%s=%s; Path=%s%s; "
	    "HttpOnly; SameSite=Lax%s%s", name, value,
	    conf_str("Site.BasePath", ""), path,
	    strncmp(conf_str("Site.BaseUrl", ""), "https:", 6) == 0 ?
	    "; Secure" : "", expire ? "; Max-Age=0" : "");
}

/*
 * Sends an error page; extra holds header lines of its own (the Allow of
 * a 405, the Retry-After of a 429), each ending in CRLF, or is NULL.
 */
void
resp_error(struct req *r, enum http_status s, const char *extra)
{
	resp_error_text(r, s, extra, NULL, NULL);
}

/* Sends an error page with a title and message of its own (and extra). */
void
resp_error_text(struct req *r, enum http_status s, const char *extra,
    const char *title, const char *msg)
{
	char head[192];

	snprintf(head, sizeof(head), "%sCache-Control: no-store\r\n",
	    extra != NULL ? extra : "");
	send_error(r, s, head, NULL, title, msg);
}

/*
 * Answers a request whose handling raised err, and frees err. The detail
 * goes to the log only, under an incident id the page shows.
 */
void
resp_fail(struct req *r, NEOERR *err)
{
	char id[INCIDENT_ID_LEN];

	incident_id(id, sizeof(id));
	if (r->answered) {
		/* Too late for an error page: only the log can tell. */
		log_neoerr(id, err);
		return;
	}
	if (nerr_handle(&err, NERR_BAD_REQUEST)) {
		resp_error(r, HTTP_BAD_REQUEST, NULL);
		return;
	}
	if (nerr_handle(&err, NERR_NO_PAGE)) {
		resp_error(r, HTTP_NOT_FOUND, NULL);
		return;
	}
	if (nerr_handle(&err, NERR_FORBIDDEN)) {
		resp_error(r, HTTP_FORBIDDEN, NULL);
		return;
	}
	if (nerr_handle(&err, NERR_TOO_BIG)) {
		resp_error(r, HTTP_TOO_LARGE, NULL);
		return;
	}
	if (nerr_match(err, NERR_DB_DOWN) || nerr_match(err, NERR_SCHEMA)) {
		log_neoerr(id, err);
		send_error(r, HTTP_UNAVAILABLE, "Retry-After: 30\r\n"
		    "Cache-Control: no-store\r\n", id, NULL, NULL);
		return;
	}
	log_neoerr(id, err);
	send_error(r, HTTP_INTERNAL_ERROR, "Cache-Control: no-store\r\n", id,
	    NULL, NULL);
}
