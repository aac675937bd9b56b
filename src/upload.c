/* upload.c: checks an uploaded file by its content and stores it, synced, under a random name. */
#include "sibina.h"

#include <errno.h>
#include <fcntl.h>
#include <magic.h>
#include <openssl/evp.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
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

/* Returns 1 if path names an entry of dir itself (not of a subdirectory). */
static int
in_dir(const char *path, const char *dir)
{
	size_t len = strlen(dir);

	return len > 0 && strncmp(path, dir, len) == 0 && path[len] == '/' &&
	    strchr(path + len + 1, '/') == NULL;
}

/*
 * Keeps an upload that the CGI kit wrote to the file at path, in the
 * upload directory (req.c points the kit there): decides its type from
 * its first bytes, checks its size, hashes it, syncs it and links it
 * under a random name, so that the 2 MB of a letter are written once.
 * The kit removes its own name when the request ends. *verdict says why
 * a file was refused (too big, empty, or of a type not in allowed); then
 * nothing is added. Raises only for failures of ours (disk, config).
 */
NEOERR *
upload_store(FILE *in, const char *path, size_t max,
    const char *const *allowed, struct stored_file *out,
    enum upload_verdict *verdict)
{
	unsigned char buf[SNIFF_BYTES];
	unsigned char digest[32], rnd[32];
	EVP_MD_CTX *sha;
	char final[4096];
	const char *dir = upload_dir(), *mime;
	const char *const *a;
	struct stat st;
	NEOERR *err;
	size_t n;
	int fd = fileno(in);

	memset(out, 0, sizeof(*out));
	*verdict = UPLOAD_OK;
	if (!in_dir(path, dir))
		return nerr_raise(NERR_ASSERT, "upload %s is not in Paths.Uploads "
		    "(%s)", path, dir);
	if (sodium_init() < 0)
		return nerr_raise(NERR_SYSTEM, "%s", "sodium_init");
	if (fflush(in) != 0 || fstat(fd, &st) != 0)
		return nerr_raise_errno(NERR_IO, "%s", "upload size");
	if (st.st_size == 0) {
		*verdict = UPLOAD_EMPTY;
		return STATUS_OK;
	}
	if ((unsigned long long)st.st_size > max) {
		*verdict = UPLOAD_TOO_BIG;
		return STATUS_OK;
	}
	err = magic_ready();
	if (err != STATUS_OK)
		return nerr_pass(err);
	rewind(in);
	n = fread(buf, 1, sizeof(buf), in);
	mime = magic_buffer(magic, buf, n);
	snprintf(out->mime, sizeof(out->mime), "%s",
	    mime != NULL ? mime : "application/octet-stream");
	for (a = allowed; *a != NULL; a++)
		if (strcmp(*a, out->mime) == 0)
			break;
	if (*a == NULL) {
		*verdict = UPLOAD_BAD_TYPE;
		return STATUS_OK;
	}
	sha = EVP_MD_CTX_new();
	if (sha == NULL || EVP_DigestInit_ex(sha, EVP_sha256(), NULL) != 1) {
		EVP_MD_CTX_free(sha);
		return nerr_raise(NERR_NOMEM, "%s", "sha256");
	}
	do {
		EVP_DigestUpdate(sha, buf, n);
		out->size += n;
	} while ((n = fread(buf, 1, sizeof(buf), in)) > 0);
	EVP_DigestFinal_ex(sha, digest, NULL);
	EVP_MD_CTX_free(sha);
	if (ferror(in) || out->size != (size_t)st.st_size)
		return nerr_raise(NERR_IO, "%s", "reading the upload");
	sodium_bin2hex(out->sha256, sizeof(out->sha256), digest, sizeof(digest));
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(out->name, sizeof(out->name), rnd, sizeof(rnd));
	snprintf(final, sizeof(final), "%s/%s", dir, out->name);
	if (fchmod(fd, 0640) != 0 || fsync(fd) != 0)
		err = nerr_raise_errno(NERR_IO, "%s", "sync upload");
	else if (link(path, final) != 0)
		err = nerr_raise_errno(NERR_IO, "%s", "store upload");
	else if (sync_dir(dir) != 0) {
		err = nerr_raise_errno(NERR_IO, "%s", "sync upload directory");
		unlink(final);
	}
	if (err != STATUS_OK)
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
