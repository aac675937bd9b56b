/* valid.c: validators for input at the edge of the program. */
#include "sibina.h"

#include <stdlib.h>
#include <string.h>

/*
 * Returns 1 if s[0..len) is well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF) without NUL bytes.
 */
int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + len;
	unsigned int c, min;
	int more;

	while (p < end) {
		c = *p++;
		if (c == 0)
			return 0;
		if (c < 0x80)
			continue;
		if (c >= 0xc2 && c <= 0xdf) {
			more = 1;
			c &= 0x1f;
			min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			more = 2;
			c &= 0x0f;
			min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			more = 3;
			c &= 0x07;
			min = 0x10000;
		} else
			return 0;
		if (end - p < more)
			return 0;
		while (more-- > 0) {
			if ((*p & 0xc0) != 0x80)
				return 0;
			c = (c << 6) | (*p++ & 0x3f);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return 0;
	}
	return 1;
}

/* Returns 1 for a URL slug: 1 to 64 of [a-z0-9-], not starting with '-'. */
int
slug_valid(const char *s)
{
	size_t n;

	if (s == NULL || *s == '\0' || *s == '-')
		return 0;
	n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-");
	return n == strlen(s) && n <= 64;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Takes the path of a request URI (up to '?' or '#'), percent-decodes it
 * and checks it. Raises NERR_BAD_REQUEST for a path that is not absolute,
 * has a bad escape, a NUL byte or invalid UTF-8.
 */
NEOERR *
path_decode(const char *uri, char **out)
{
	size_t len, i, o;
	char *p;
	int hi, lo;

	*out = NULL;
	if (uri == NULL || *uri != '/')
		return nerr_raise(NERR_BAD_REQUEST, "%s", "path is not absolute");
	len = strcspn(uri, "?#");
	if (len > 2048)
		return nerr_raise(NERR_BAD_REQUEST, "%s", "path too long");
	p = malloc(len + 1);
	if (p == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "path");
	for (i = o = 0; i < len; i++) {
		if (uri[i] != '%') {
			p[o++] = uri[i];
			continue;
		}
		if (i + 2 >= len) {
			free(p);
			return nerr_raise(NERR_BAD_REQUEST, "%s", "bad escape");
		}
		hi = hexval((unsigned char)uri[i + 1]);
		lo = hi < 0 ? -1 : hexval((unsigned char)uri[i + 2]);
		if (hi < 0 || lo < 0) {
			free(p);
			return nerr_raise(NERR_BAD_REQUEST, "%s", "bad escape");
		}
		p[o++] = (char)(hi << 4 | lo);
		i += 2;
	}
	p[o] = '\0';
	if (!utf8_valid(p, o)) {
		free(p);
		return nerr_raise(NERR_BAD_REQUEST, "%s",
		    "path has a NUL byte or invalid UTF-8");
	}
	*out = p;
	return STATUS_OK;
}
