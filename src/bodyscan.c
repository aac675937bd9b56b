/* bodyscan.c: watches a request body go by for NUL bytes in form fields. */
#include "sibina.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/*
 * ClearSilver's CGI kit keeps form values as C strings: a NUL byte sent
 * in a field cuts the value short, silently. It also takes a body that
 * ends early (the client or the server went away mid-upload) for a whole
 * one, so that a cut file would be stored as if complete. The body is
 * watched as the kit reads it, so that both are refused instead. Bytes of
 * uploaded files may be anything: only their line ends are looked for.
 */
enum { SCAN_NONE, SCAN_MULTIPART, SCAN_URLENCODED };
enum { PART_NONE, PART_HEADERS, PART_FIELD, PART_FILE };

/* Copies the boundary parameter of a multipart Content-Type, with "--". */
static int
find_boundary(const char *ct, char *out, size_t outlen)
{
	const char *b, *end;
	size_t len;

	/* Parameter names are case-insensitive (RFC 2045). */
	for (b = ct; *b != '\0' && strncasecmp(b, "boundary=", 9) != 0; b++)
		continue;
	if (*b == '\0')
		return -1;
	b += strlen("boundary=");
	if (*b == '"') {
		b++;
		end = strchr(b, '"');
	} else {
		end = b + strcspn(b, "; \t");
	}
	if (end == NULL || end == b)
		return -1;
	len = (size_t)(end - b);
	if (len + 3 > outlen)
		return -1;
	out[0] = out[1] = '-';
	memcpy(out + 2, b, len);
	out[len + 2] = '\0';
	return 0;
}

void
bodyscan_start(struct bodyscan *s, const char *content_type)
{
	memset(s, 0, sizeof(*s));
	if (content_type == NULL)
		return;
	if (strncasecmp(content_type, "multipart/form-data", 19) == 0 &&
	    find_boundary(content_type, s->boundary, sizeof(s->boundary)) == 0)
		s->kind = SCAN_MULTIPART;
	else if (strncasecmp(content_type,
	    "application/x-www-form-urlencoded", 33) == 0)
		s->kind = SCAN_URLENCODED;
}

/* Takes the field name from a Content-Disposition header line. */
static void
part_header(struct bodyscan *s, const char *line)
{
	const char *p, *end;
	size_t len;

	if (strncasecmp(line, "content-disposition:", 20) != 0)
		return;
	/* name="..." but not the name in filename="..." */
	for (p = strstr(line, "name=\""); p != NULL;
	    p = strstr(p + 1, "name=\"")) {
		if (p[-1] != ' ' && p[-1] != ';' && p[-1] != '\t')
			continue;
		p += strlen("name=\"");
		end = strchr(p, '"');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		if (len >= sizeof(s->part_name))
			len = sizeof(s->part_name) - 1;
		memcpy(s->part_name, p, len);
		s->part_name[len] = '\0';
		break;
	}
	if (strstr(line, "filename=") != NULL)
		s->part = PART_FILE;
}

/* A whole line of a multipart body has been seen. */
static void
part_line(struct bodyscan *s)
{
	size_t len = s->linelen < sizeof(s->line) ? s->linelen :
	    sizeof(s->line) - 1;
	size_t blen = strlen(s->boundary);

	s->line[len] = '\0';
	while (len > 0 && (s->line[len - 1] == '\n' ||
	    s->line[len - 1] == '\r'))
		s->line[--len] = '\0';
	if (strncmp(s->line, s->boundary, blen) == 0 &&
	    (s->line[blen] == '\0' || strcmp(s->line + blen, "--") == 0)) {
		s->closed = s->line[blen] == '-';
		s->in_headers = 1;
		s->part = PART_NONE;
		s->part_name[0] = '\0';
	} else if (s->in_headers && len == 0) {
		s->in_headers = 0;
		if (s->part != PART_FILE)
			s->part = PART_FIELD;
	} else if (s->in_headers) {
		part_header(s, s->line);
	}
	s->linelen = 0;
}

static void
found_nul(struct bodyscan *s, const char *field)
{
	if (s->nul_field[0] == '\0')
		snprintf(s->nul_field, sizeof(s->nul_field), "%s",
		    *field != '\0' ? field : "*");
}

/* Adds bytes to the current line, of which only the start is kept. */
static void
line_add(struct bodyscan *s, const char *p, size_t n)
{
	size_t room = sizeof(s->line) - 1 - (s->linelen < sizeof(s->line) - 1 ?
	    s->linelen : sizeof(s->line) - 1);

	memcpy(s->line + (sizeof(s->line) - 1 - room), p, n < room ? n : room);
	s->linelen += n;
}

void
bodyscan_feed(struct bodyscan *s, const char *buf, size_t n)
{
	static const char pct00[] = "%00";
	const char *nl;
	size_t i, len;
	char c;

	s->seen += n;
	for (i = 0; i < n; i++) {
		c = buf[i];
		if (s->kind == SCAN_URLENCODED) {
			s->matched = c == pct00[s->matched] ? s->matched + 1 :
			    c == '%' ? 1 : 0;
			if (s->matched == 3) {
				found_nul(s, "*");
				s->matched = 0;
			}
			continue;
		}
		if (s->kind != SCAN_MULTIPART)
			return;
		/* A file's bytes: on to the end of the line at once. */
		if (!s->in_headers && s->part == PART_FILE) {
			nl = memchr(buf + i, '\n', n - i);
			len = nl != NULL ? (size_t)(nl - (buf + i)) + 1 : n - i;
			line_add(s, buf + i, len);
			i += len - 1;
			if (nl != NULL)
				part_line(s);
			continue;
		}
		if (c == '\0' && (s->in_headers || s->part == PART_FIELD))
			found_nul(s, s->in_headers ? "*" : s->part_name);
		line_add(s, &c, 1);
		if (c == '\n')
			part_line(s);
	}
}

/*
 * Returns 1 if the whole body arrived: a multipart body up to its closing
 * boundary, any other as many bytes as Content-Length announced.
 */
int
bodyscan_complete(struct bodyscan *s, long long content_length)
{
	size_t blen = strlen(s->boundary);

	/* The kit reads only form bodies; others are left unread, whole. */
	if (s->kind == SCAN_NONE)
		return 1;
	if (s->kind == SCAN_URLENCODED)
		return content_length <= 0 ||
		    s->seen >= (unsigned long long)content_length;
	/* The closing boundary may end the body without a line end. */
	if (!s->closed && s->linelen == blen + 2 &&
	    strncmp(s->line, s->boundary, blen) == 0 &&
	    strncmp(s->line + blen, "--", 2) == 0)
		return 1;
	return s->closed;
}
