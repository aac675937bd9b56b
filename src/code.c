/* code.c: random codes people read aloud and type: incident ids, tracking codes. */
#include "sibina.h"

#include <ctype.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* 32 symbols without the look-alikes 0/O and 1/I: 5 bits each. */
static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/*
 * Writes n random symbols into buf, with a '-' after every group of them
 * (group 0: none). buf must hold n + (n - 1) / group + 1 bytes.
 */
static void
random_code(char *buf, size_t n, size_t group)
{
	size_t i, o = 0;

	if (sodium_init() < 0)
		abort();	/* no randomness: nothing safe to hand out */
	for (i = 0; i < n; i++) {
		if (group > 0 && i > 0 && i % group == 0)
			buf[o++] = '-';
		buf[o++] = alphabet[randombytes_uniform(sizeof(alphabet) - 1)];
	}
	buf[o] = '\0';
}

/* Fills buf (INCIDENT_ID_LEN bytes) with an incident id: 8 symbols. */
void
incident_id(char *buf, size_t len)
{
	if (len < INCIDENT_ID_LEN)
		abort();
	random_code(buf, INCIDENT_ID_LEN - 1, 0);
}

/*
 * Fills buf (TRACKING_CODE_LEN bytes) with a tracking code: 10 symbols,
 * 50 bits, in groups "XXXXX-XXXXX". Misses are rate-limited, so that is
 * far beyond guessing.
 */
void
tracking_code(char *buf, size_t len)
{
	if (len < TRACKING_CODE_LEN)
		abort();
	random_code(buf, 10, 5);
}

/*
 * Reads a tracking code as a person typed it: any case, spaces and dashes
 * anywhere. Writes the canonical form into out (TRACKING_CODE_LEN bytes)
 * and returns 0, or -1 if it cannot be a code.
 */
int
tracking_code_parse(const char *in, char *out, size_t outlen)
{
	char sym[10];
	size_t n = 0, i, o = 0;
	int c;

	if (outlen < TRACKING_CODE_LEN)
		return -1;
	for (; *in != '\0'; in++) {
		if (*in == ' ' || *in == '-')
			continue;
		c = toupper((unsigned char)*in);
		if (c == 0 || strchr(alphabet, c) == NULL || n == sizeof(sym))
			return -1;
		sym[n++] = (char)c;
	}
	if (n != sizeof(sym))
		return -1;
	for (i = 0; i < n; i++) {
		if (i == 5)
			out[o++] = '-';
		out[o++] = sym[i];
	}
	out[o] = '\0';
	return 0;
}
