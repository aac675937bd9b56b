/* auth.c: staff roles, usernames and passwords (yescrypt through libxcrypt). */
#include "sibina.h"

#include <crypt.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/*
 * The roles: the lanes staff act in (lane.code, staff.role), and the
 * administrator; NULL-terminated, for a form's choices.
 */
const char *const role_names[ROLE__MAX + 1] = {
	[ROLE_FRONT_OFFICE] = "front_office",
	[ROLE_SEKRETARIS] = "sekretaris",
	[ROLE_KEPALA_DINAS] = "kepala_dinas",
	[ROLE_BACK_OFFICE] = "back_office",
	[ROLE_KEPALA_BIDANG] = "kepala_bidang",
	[ROLE_KASI] = "kasi",
	[ROLE_ADMIN] = "admin",
	[ROLE__MAX] = NULL,
};
const char *const role_labels[ROLE__MAX + 1] = {
	[ROLE_FRONT_OFFICE] = "Front Office",
	[ROLE_SEKRETARIS] = "Sekretaris",
	[ROLE_KEPALA_DINAS] = "Kepala Dinas",
	[ROLE_BACK_OFFICE] = "Back Office",
	[ROLE_KEPALA_BIDANG] = "Kepala Bidang",
	[ROLE_KASI] = "Kasi",
	[ROLE_ADMIN] = "Administrator",
	[ROLE__MAX] = NULL,
};

const char *
role_name(enum role r)
{
	return r < ROLE__MAX ? role_names[r] : "";
}

const char *
role_label(enum role r)
{
	return r < ROLE__MAX ? role_labels[r] : "";
}

/* Finds the role called name; returns 0, or -1 if there is none. */
int
role_parse(const char *name, enum role *out)
{
	int i;

	for (i = 0; i < ROLE__MAX; i++)
		if (name != NULL && strcmp(role_names[i], name) == 0) {
			*out = (enum role)i;
			return 0;
		}
	return -1;
}

/* Returns 1 for a username: 3 to 32 of a-z, 0-9, '.', '_', '-'. */
int
username_valid(const char *s)
{
	size_t len = strlen(s);

	return len >= 3 && len <= 32 &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789._-") == len;
}

/*
 * Says what is wrong with a new password, as the end of a sentence that
 * starts with the field's label, or NULL if it may be used.
 */
const char *
password_problem(const char *plain, const char *username)
{
	if (!utf8_valid(plain, strlen(plain)) || !text_clean(plain, 0))
		return "berisi karakter yang tidak dapat diterima.";
	if (utf8_chars(plain) < PASSWORD_MIN_CHARS)
		return "terlalu pendek: paling sedikit 10 karakter.";
	if (strlen(plain) > PASSWORD_MAX_BYTES)
		return "terlalu panjang.";
	if (username != NULL && strcmp(plain, username) == 0)
		return "tidak boleh sama dengan nama pengguna.";
	return NULL;
}

/* Hashes a password with yescrypt and a fresh salt, into out. */
NEOERR *
password_hash(const char *plain, char *out, size_t outlen)
{
	struct crypt_data *data;
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	const char *hash;
	NEOERR *err = STATUS_OK;

	if (crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof(salt)) == NULL)
		return nerr_raise(NERR_SYSTEM, "%s", "crypt_gensalt_rn");
	data = calloc(1, sizeof(*data));
	if (data == NULL)
		return nerr_raise(NERR_NOMEM, "%s", "crypt_data");
	hash = crypt_rn(plain, salt, data, (int)sizeof(*data));
	if (hash == NULL || hash[0] == '*')
		err = nerr_raise(NERR_SYSTEM, "%s", "crypt_rn");
	else if (strlen(hash) >= outlen)
		err = nerr_raise(NERR_ASSERT, "%s", "password hash buffer");
	else
		memcpy(out, hash, strlen(hash) + 1);
	explicit_bzero(data, sizeof(*data));
	free(data);
	return nerr_pass(err);
}

/*
 * Returns 1 if plain is the password of hash. With hash NULL (no such
 * user) it still spends the time of a check, so that the answer's time
 * does not tell which usernames exist.
 */
int
password_check(const char *plain, const char *hash)
{
	/* A hash of a password no one knows, for unknown users. */
	static char decoy[PASSWORD_HASH_LEN];
	struct crypt_data *data;
	const char *got;
	NEOERR *err;
	int ok;


	if (decoy[0] == '\0') {
		err = password_hash("sibina-no-such-user", decoy, sizeof(decoy));
		if (err != STATUS_OK) {
			nerr_ignore(&err);
			return 0;
		}
	}
	data = calloc(1, sizeof(*data));
	if (data == NULL)
		return 0;
	got = crypt_rn(plain, hash != NULL ? hash : decoy, data,
	    (int)sizeof(*data));
	ok = hash != NULL && got != NULL && got[0] != '*' &&
	    strlen(got) == strlen(hash) &&
	    sodium_memcmp(got, hash, strlen(hash)) == 0;
	explicit_bzero(data, sizeof(*data));
	free(data);
	return ok;
}
