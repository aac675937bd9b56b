/* csrf.c: tokens that prove a POST comes from a form this site served. */
#include "sibina.h"

#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/*
 * A token is hex(expiry || HMAC-SHA256(secret, expiry || binding)). The
 * binding ties it to one browser: the session id of a staff member, or
 * the random value of the csrf cookie of an applicant. A page from another
 * site cannot read our pages or set our cookies, so it cannot make one.
 */
#define EXPIRY_BYTES 8
#define TOKEN_BYTES (EXPIRY_BYTES + crypto_auth_hmacsha256_BYTES)

/* The key: Security.Secret, 32 bytes in hex. */
static NEOERR *
csrf_key(unsigned char key[crypto_auth_hmacsha256_KEYBYTES])
{
	const char *hex = conf_str("Security.Secret", "");
	size_t len = 0;

	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	if (sodium_hex2bin(key, crypto_auth_hmacsha256_KEYBYTES, hex,
	    strlen(hex), NULL, &len, NULL) != 0 ||
	    len != crypto_auth_hmacsha256_KEYBYTES)
		return nerr_raise(NERR_ASSERT, "%s", "Security.Secret must be "
		    "64 hex digits (32 random bytes)");
	return STATUS_OK;
}

static void
mac(unsigned char out[crypto_auth_hmacsha256_BYTES],
    const unsigned char expiry[EXPIRY_BYTES], const char *binding,
    const unsigned char *key)
{
	crypto_auth_hmacsha256_state st;

	crypto_auth_hmacsha256_init(&st, key, crypto_auth_hmacsha256_KEYBYTES);
	crypto_auth_hmacsha256_update(&st, expiry, EXPIRY_BYTES);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)binding,
	    strlen(binding));
	crypto_auth_hmacsha256_final(&st, out);
	sodium_memzero(&st, sizeof(st));
}

/* Writes into out (CSRF_TOKEN_LEN bytes) a token valid for CSRF_TTL. */
NEOERR *
csrf_token(const char *binding, time_t now, char *out, size_t outlen)
{
	unsigned char key[crypto_auth_hmacsha256_KEYBYTES], tok[TOKEN_BYTES];
	uint64_t expiry = (uint64_t)now + CSRF_TTL;
	NEOERR *err;
	int i;

	if (outlen < CSRF_TOKEN_LEN)
		return nerr_raise(NERR_ASSERT, "%s", "csrf token buffer");
	err = csrf_key(key);
	if (err != STATUS_OK)
		return nerr_pass(err);
	for (i = EXPIRY_BYTES - 1; i >= 0; i--, expiry >>= 8)
		tok[i] = (unsigned char)(expiry & 0xff);
	mac(tok + EXPIRY_BYTES, tok, binding, key);
	sodium_memzero(key, sizeof(key));
	sodium_bin2hex(out, outlen, tok, sizeof(tok));
	return STATUS_OK;
}

/*
 * Returns 1 if token was made by csrf_token for this binding and has not
 * expired; 0 for anything else (forged, altered, expired, other browser).
 */
int
csrf_valid(const char *token, const char *binding, time_t now)
{
	unsigned char key[crypto_auth_hmacsha256_KEYBYTES], tok[TOKEN_BYTES];
	unsigned char want[crypto_auth_hmacsha256_BYTES];
	uint64_t expiry = 0;
	size_t len = 0;
	NEOERR *err;
	int i, ok;

	if (token == NULL || binding == NULL || *binding == '\0' ||
	    strlen(token) != CSRF_TOKEN_LEN - 1 ||
	    sodium_hex2bin(tok, sizeof(tok), token, strlen(token), NULL, &len,
	    NULL) != 0 || len != sizeof(tok))
		return 0;
	for (i = 0; i < EXPIRY_BYTES; i++)
		expiry = expiry << 8 | tok[i];
	if (expiry < (uint64_t)now || expiry > (uint64_t)now + CSRF_TTL)
		return 0;
	err = csrf_key(key);
	if (err != STATUS_OK) {
		nerr_ignore(&err);
		return 0;
	}
	mac(want, tok, binding, key);
	sodium_memzero(key, sizeof(key));
	ok = sodium_memcmp(want, tok + EXPIRY_BYTES, sizeof(want)) == 0;
	return ok;
}

/* The cookie that binds an applicant's forms to the browser. */
#define CSRF_COOKIE "sibina_csrf"

/*
 * Readies a form page: puts a token in CSRF.token for the form's hidden
 * field "csrf", bound to the browser's csrf cookie, which is made (and
 * sent, HttpOnly, SameSite=Lax, Secure under HTTPS) if it has none.
 * A page with a form is therefore never served from the page cache.
 */
NEOERR *
csrf_prepare(struct req *r)
{
	char token[CSRF_TOKEN_LEN], fresh[33];
	unsigned char rnd[16];
	const char *binding;
	NEOERR *err;

	binding = hdf_get_value(r->hdf, "Cookie." CSRF_COOKIE, "");
	if (strlen(binding) != 32 || strspn(binding, "0123456789abcdef") != 32) {
		if (sodium_init() < 0)
			return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
		randombytes_buf(rnd, sizeof(rnd));
		sodium_bin2hex(fresh, sizeof(fresh), rnd, sizeof(rnd));
		binding = fresh;
		resp_cookie(r, CSRF_COOKIE, fresh, "/", 0);
	}
	err = csrf_token(binding, time(NULL), token, sizeof(token));
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(hdf_set_value(r->hdf, "CSRF.token", token));
}

/* Returns 1 if a POST carries a valid token for its browser's cookie. */
int
csrf_request_valid(struct req *r)
{
	return csrf_valid(hdf_get_value(r->hdf, "Query.csrf", NULL),
	    hdf_get_value(r->hdf, "Cookie." CSRF_COOKIE, NULL), time(NULL));
}
