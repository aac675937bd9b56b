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

/* Counts the code points of a valid UTF-8 string. */
size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/*
 * Returns 1 if s has no control characters: none at all in a one-line
 * field, only tab, CR and LF in a multi-line one.
 */
int
text_clean(const char *s, int multiline)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == 0x7f)
			return 0;
		if (*p >= 0x20)
			continue;
		if (*p == '\t' || (multiline && (*p == '\n' || *p == '\r')))
			continue;
		return 0;
	}
	return 1;
}

/*
 * Normalises an Indonesian mobile number to +628...: accepts 08..., 628...
 * and +628..., with spaces, dots, dashes and parentheses between digits.
 * The subscriber part after the 8 has 8 to 11 digits. Returns 0, or -1
 * for anything else (a landline, a foreign or a short number).
 */
int
phone_normalize(const char *in, char *out, size_t outlen)
{
	char digits[32];
	const char *p = in, *rest;
	size_t n = 0, len;

	if (*p == '+')
		p++;
	for (; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n + 1 >= sizeof(digits))
				return -1;
			digits[n++] = *p;
		} else if (strchr(" .-()", *p) == NULL)
			return -1;
	}
	digits[n] = '\0';
	if (in[0] == '+' && strncmp(digits, "62", 2) != 0)
		return -1;
	if (strncmp(digits, "628", 3) == 0)
		rest = digits + 3;
	else if (strncmp(digits, "6208", 4) == 0)	/* +62 (0)812... */
		rest = digits + 4;
	else if (in[0] != '+' && strncmp(digits, "08", 2) == 0)
		rest = digits + 2;
	else
		return -1;
	len = strlen(rest);
	if (len < 8 || len > 11)
		return -1;
	if ((size_t)snprintf(out, outlen, "+628%s", rest) >= outlen)
		return -1;
	return 0;
}

/*
 * Returns 1 for an address a mail server would take: a local part of 1
 * to 64 printable ASCII characters without quotes or spaces, '@', and a
 * domain of dot-separated labels of letters, digits and inner hyphens,
 * with at least two labels; 254 characters at most.
 */
int
email_valid(const char *s)
{
	const char *at, *label, *p;
	size_t len;
	int labels = 0;

	len = strlen(s);
	at = strchr(s, '@');
	if (len > 254 || at == NULL || at == s || at - s > 64 ||
	    strchr(at + 1, '@') != NULL)
		return 0;
	for (p = s; p < at; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') ||
		    strchr("!#$%&'*+/=?^_`{|}~.-", *p) != NULL))
			return 0;
	if (s[0] == '.' || at[-1] == '.' || strstr(s, "..") != NULL)
		return 0;
	for (label = p = at + 1; ; p++) {
		if (*p == '.' || *p == '\0') {
			if (p == label || p - label > 63 || *label == '-' ||
			    p[-1] == '-')
				return 0;
			labels++;
			if (*p == '\0')
				break;
			label = p + 1;
		} else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' &&
		    *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return 0;
	}
	return labels >= 2;
}

/* Returns 1 for a Nomor Induk Berusaha: exactly 13 digits. */
int
nib_valid(const char *s)
{
	return strlen(s) == 13 && strspn(s, "0123456789") == 13;
}

/* Returns 1 for a Nomor Induk Pegawai (civil servant): exactly 18 digits. */
int
nip_valid(const char *s)
{
	return strlen(s) == 18 && strspn(s, "0123456789") == 18;
}

/*
 * Returns 1 for a calendar date written YYYY-MM-DD (as <input type=date>
 * sends it), in the years 2000 to 2099.
 */
int
date_valid(const char *s)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    strspn(s, "0123456789") != 4 || strspn(s + 5, "0123456789") != 2 ||
	    strspn(s + 8, "0123456789") != 2)
		return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 2000 || y > 2099 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	/* 29 February only in leap years (2000 was one: no century rule here). */
	return !(m == 2 && d == 29 && y % 4 != 0);
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
