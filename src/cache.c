/* cache.c: rendered public pages kept per worker for one content version. */
#include "sibina.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * A page is kept with the content version it was rendered from. The
 * version is bumped by database triggers on every change to published
 * data, and db_ready() reads it, so a stale page is never served after
 * the next revalidation.
 */
struct cached_page {
	char			*key;
	unsigned long long	 version;
	char			*body;
	size_t			 len;
	char			 etag[20];
};

#define CACHE_SLOTS 16

static struct cached_page slots[CACHE_SLOTS];
static size_t next_victim;

const struct cached_page *
cache_get(const char *key, unsigned long long version)
{
	size_t i;

	for (i = 0; i < CACHE_SLOTS; i++)
		if (slots[i].key != NULL && slots[i].version == version &&
		    strcmp(slots[i].key, key) == 0)
			return &slots[i];
	return NULL;
}

static void
slot_clear(struct cached_page *p)
{
	free(p->key);
	free(p->body);
	memset(p, 0, sizeof(*p));
}

/* FNV-1a: the ETag names the exact bytes, whatever changed them. */
static uint64_t
fnv1a(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* Keeps a rendered page; *out (if not NULL) points at the kept copy. */
NEOERR *
cache_put(const char *key, unsigned long long version, const char *body,
    size_t len, const struct cached_page **out)
{
	struct cached_page *p = NULL;
	size_t i;

	for (i = 0; i < CACHE_SLOTS && p == NULL; i++)
		if (slots[i].key != NULL && strcmp(slots[i].key, key) == 0)
			p = &slots[i];
	for (i = 0; i < CACHE_SLOTS && p == NULL; i++)
		if (slots[i].key == NULL)
			p = &slots[i];
	if (p == NULL) {
		p = &slots[next_victim];
		next_victim = (next_victim + 1) % CACHE_SLOTS;
	}
	slot_clear(p);
	p->key = strdup(key);
	p->body = malloc(len > 0 ? len : 1);
	if (p->key == NULL || p->body == NULL) {
		slot_clear(p);
		return nerr_raise(NERR_NOMEM, "%s", "cache");
	}
	memcpy(p->body, body, len);
	p->len = len;
	p->version = version;
	snprintf(p->etag, sizeof(p->etag), "\"%016" PRIx64 "\"",
	    fnv1a(body, len));
	if (out != NULL)
		*out = p;
	return STATUS_OK;
}

const char *
cached_body(const struct cached_page *p, size_t *len)
{
	*len = p->len;
	return p->body;
}

const char *
cached_etag(const struct cached_page *p)
{
	return p->etag;
}

void
cache_free(void)
{
	size_t i;

	for (i = 0; i < CACHE_SLOTS; i++)
		slot_clear(&slots[i]);
}
