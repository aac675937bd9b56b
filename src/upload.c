/* upload.c: checks an uploaded file by its content and stores it, synced, under a random name. */
#include "sibina.h"

#include <errno.h>
#include <fcntl.h>
#include <magic.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/*
 * libmagic decides the type from the first bytes. Its database is loaded
 * at the first upload a worker sees, not at start: workers that only
 * serve pages stay small.
 */
static magic_t magic;

/* The type of a file is decided from this many of its first bytes. */
#define SNIFF_BYTES 16384

static NEOERR *
magic_ready(void)
{
	if (magic != NULL)
		return STATUS_OK;
	magic = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (magic == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "magic_open");
	if (magic_load(magic, NULL) != 0) {
		NEOERR *err = nerr_raise(NERR_SYSTEM, "magic_load: %s",
		    magic_error(magic));
		magic_close(magic);
		magic = NULL;
		return err;
	}
	return STATUS_OK;
}

void
upload_free(void)
{
	if (magic != NULL)
		magic_close(magic);
	magic = NULL;
}

static const char *
upload_dir(void)
{
	return conf_str("Paths.Uploads", "");
}

/* Returns 1 for a stored file's name: 64 lowercase hex digits. */
int
upload_name_valid(const char *name)
{
	return strlen(name) == 64 &&
	    strspn(name, "0123456789abcdef") == 64;
}

/* Writes all of buf to fd; returns 0 or -1 with errno set. */
static int
write_all(int fd, const unsigned char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Syncs the directory, so that a rename in it survives a crash. */
static int
sync_dir(const char *dir)
{
	int fd, rc;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/*
 * Reads a whole upload into memory-bounded chunks: decides its type from
 * its first bytes, counts it, hashes it, and writes it to a temporary
 * file in the upload directory that is then synced and renamed to a
 * random name. *verdict says why a file was refused (too big, empty, or
 * of a type not in allowed); then nothing is left on disk. Raises only
 * for failures of ours (disk, configuration).
 */
NEOERR *
upload_store(FILE *in, size_t max, const char *const *allowed,
    struct stored_file *out, enum upload_verdict *verdict)
{
	unsigned char buf[SNIFF_BYTES];
	crypto_hash_sha256_state sha;
	unsigned char digest[crypto_hash_sha256_BYTES], rnd[32];
	char tmp[4096], final[4096];
	const char *dir = upload_dir(), *mime;
	const char *const *a;
	NEOERR *err = STATUS_OK;
	size_t n, total = 0;
	int fd = -1, first = 1;

	memset(out, 0, sizeof(*out));
	*verdict = UPLOAD_OK;
	if (*dir == '\0')
		return nerr_raise(NERR_ASSERT, "%s", "Paths.Uploads is not set");
	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	err = magic_ready();
	if (err != STATUS_OK)
		return nerr_pass(err);
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(out->name, sizeof(out->name), rnd, sizeof(rnd));
	snprintf(tmp, sizeof(tmp), "%s/.tmp-%s", dir, out->name);
	snprintf(final, sizeof(final), "%s/%s", dir, out->name);
	crypto_hash_sha256_init(&sha);
	rewind(in);
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0) {
		if (first) {
			first = 0;
			mime = magic_buffer(magic, buf, n);
			if (mime == NULL)
				mime = "application/octet-stream";
			snprintf(out->mime, sizeof(out->mime), "%s", mime);
			for (a = allowed; *a != NULL; a++)
				if (strcmp(*a, out->mime) == 0)
					break;
			if (*a == NULL) {
				*verdict = UPLOAD_BAD_TYPE;
				goto refuse;
			}
			fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
			    0640);
			if (fd == -1) {
				err = nerr_raise_errno(NERR_IO, "%s", "open upload");
				goto refuse;
			}
		}
		total += n;
		if (total > max) {
			*verdict = UPLOAD_TOO_BIG;
			goto refuse;
		}
		crypto_hash_sha256_update(&sha, buf, n);
		if (write_all(fd, buf, n) != 0) {
			err = nerr_raise_errno(NERR_IO, "%s", "write upload");
			goto refuse;
		}
	}
	if (ferror(in)) {
		err = nerr_raise(NERR_IO, "%s", "reading the upload");
		goto refuse;
	}
	if (total == 0) {
		*verdict = UPLOAD_EMPTY;
		goto refuse;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		fd = -1;
		err = nerr_raise_errno(NERR_IO, "%s", "sync upload");
		goto refuse;
	}
	fd = -1;
	if (rename(tmp, final) != 0 || sync_dir(dir) != 0) {
		err = nerr_raise_errno(NERR_IO, "%s", "store upload");
		unlink(final);
		goto refuse;
	}
	crypto_hash_sha256_final(&sha, digest);
	sodium_bin2hex(out->sha256, sizeof(out->sha256), digest, sizeof(digest));
	out->size = total;
	return STATUS_OK;
refuse:
	if (fd != -1)
		close(fd);
	unlink(tmp);
	memset(out->name, 0, sizeof(out->name));
	return nerr_pass(err);
}

/*
 * Removes a stored file (when the request that names it was not
 * recorded). Names are checked: nothing outside the directory is touched.
 */
NEOERR *
upload_remove(const char *name)
{
	char path[4096];

	if (!upload_name_valid(name))
		return nerr_raise(NERR_ASSERT, "%s", "not an upload name");
	snprintf(path, sizeof(path), "%s/%s", upload_dir(), name);
	if (unlink(path) != 0 && errno != ENOENT)
		return nerr_raise_errno(NERR_IO, "%s", "remove upload");
	return STATUS_OK;
}
