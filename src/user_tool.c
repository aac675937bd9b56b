/* user_tool.c: sibina-user, the operator's tool for staff accounts: the first administrator, a lost password. */
#include "sibina.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static void usage(void) __attribute__((noreturn));

static void
usage(void)
{
	fprintf(stderr, "usage: sibina-user add USERNAME --role ROLE --name NAME "
	    "[--unit UNIT] [--nip NIP]\n"
	    "                   [--rank RANK] [--position POSITION]\n"
	    "       sibina-user password USERNAME\n"
	    "The password is asked twice on a terminal, else read from the "
	    "first line of\nstandard input. The configuration comes from the "
	    "file in SIBINA_CONFIG.\nRoles: front_office sekretaris "
	    "kepala_dinas back_office kepala_bidang kasi admin\n");
	exit(2);
}

/* Reads one line without its end, with echo off on a terminal. */
static int
read_line(const char *prompt, char *buf, size_t len)
{
	struct termios old, quiet;
	int tty = isatty(STDIN_FILENO), ok;

	if (tty) {
		fprintf(stderr, "%s", prompt);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	ok = fgets(buf, (int)len, stdin) != NULL;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fprintf(stderr, "\n");
	}
	if (!ok)
		return -1;
	buf[strcspn(buf, "\r\n")] = '\0';
	return 0;
}

/* Asks for a new password (twice on a terminal) and hashes it. */
static int
new_password(const char *username, char *hash, size_t len)
{
	char pw[PASSWORD_MAX_BYTES + 2], again[PASSWORD_MAX_BYTES + 2];
	const char *problem;
	NEOERR *err;

	if (read_line("Password: ", pw, sizeof(pw)) != 0) {
		fprintf(stderr, "sibina-user: no password given\n");
		return -1;
	}
	if (isatty(STDIN_FILENO) && (read_line("Again: ", again,
	    sizeof(again)) != 0 || strcmp(pw, again) != 0)) {
		fprintf(stderr, "sibina-user: the passwords differ\n");
		return -1;
	}
	problem = password_problem(pw, username);
	if (problem != NULL) {
		/* The programs' own words, in the office's language. */
		fprintf(stderr, "sibina-user: kata sandi %s\n", problem);
		return -1;
	}
	err = password_hash(pw, hash, len);
	explicit_bzero(pw, sizeof(pw));
	explicit_bzero(again, sizeof(again));
	if (err != STATUS_OK) {
		log_neoerr("sibina-user", err);
		return -1;
	}
	return 0;
}

/* Finds a unit by its name; returns its id, 0 if none, -1 on failure. */
static long long
unit_by_name(const char *name)
{
	struct db_arg arg = DB_ARG_STR(name);
	long long id = -1;
	HDF *rows;
	NEOERR *err;
	int n = 0;

	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_UNIT_BY_NAME, &arg, 1, rows, "U", &n);
	if (err == STATUS_OK)
		id = n == 1 ? hdf_get_int_value(rows, "U.0.id", 0) : 0;
	else
		log_neoerr("sibina-user", err);
	hdf_destroy(&rows);
	return id;
}

static struct db_arg
optional(const char *v)
{
	return v != NULL && *v != '\0' ? DB_ARG_STR(v) : DB_ARG_NULL;
}

/* sibina-user add: an account whose password its maker chose. */
static int
cmd_add(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "role", required_argument, NULL, 'r' },
		{ "name", required_argument, NULL, 'n' },
		{ "unit", required_argument, NULL, 'u' },
		{ "nip", required_argument, NULL, 'i' },
		{ "rank", required_argument, NULL, 'k' },
		{ "position", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const char *username, *name = NULL, *unit = NULL, *nip = NULL;
	const char *rank = NULL, *position = NULL, *rolename = NULL;
	char hash[PASSWORD_HASH_LEN];
	struct db_arg a[9];
	long long unit_id = 0;
	enum role role;
	NEOERR *err;
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'r': rolename = optarg; break;
		case 'n': name = optarg; break;
		case 'u': unit = optarg; break;
		case 'i': nip = optarg; break;
		case 'k': rank = optarg; break;
		case 'p': position = optarg; break;
		default: usage();
		}
	}
	if (optind + 1 != argc || rolename == NULL || name == NULL)
		usage();
	username = argv[optind];
	if (!username_valid(username)) {
		fprintf(stderr, "sibina-user: a username is 3 to 32 of a-z 0-9 "
		    ". _ -\n");
		return 1;
	}
	if (role_parse(rolename, &role) != 0) {
		fprintf(stderr, "sibina-user: no role %s\n", rolename);
		return 1;
	}
	if (nip != NULL && *nip != '\0' && !nip_valid(nip)) {
		fprintf(stderr, "sibina-user: a NIP is 18 digits\n");
		return 1;
	}
	if (unit != NULL && (unit_id = unit_by_name(unit)) <= 0) {
		if (unit_id == 0)
			fprintf(stderr, "sibina-user: no unit named %s\n", unit);
		return 1;
	}
	if (new_password(username, hash, sizeof(hash)) != 0)
		return 1;
	a[0] = DB_ARG_STR(username);
	a[1] = DB_ARG_STR(hash);
	a[2] = DB_ARG_INT(0);
	a[3] = DB_ARG_STR(name);
	a[4] = optional(nip);
	a[5] = optional(rank);
	a[6] = optional(position);
	a[7] = DB_ARG_STR(role_name(role));
	a[8] = unit_id > 0 ? DB_ARG_INT(unit_id) : DB_ARG_NULL;
	err = db_exec(STMT_STAFF_INSERT, a, 9, NULL);
	if (nerr_handle(&err, NERR_DUPLICATE)) {
		fprintf(stderr, "sibina-user: %s exists already\n", username);
		return 1;
	}
	if (err != STATUS_OK) {
		log_neoerr("sibina-user", err);
		return 1;
	}
	printf("added %s (%s)\n", username, role_name(role));
	return 0;
}

/* sibina-user password: a new password, chosen by the operator. */
static int
cmd_password(int argc, char **argv)
{
	char hash[PASSWORD_HASH_LEN];
	struct db_arg a[3], arg;
	HDF *rows;
	NEOERR *err;
	long long id = 0;
	int n = 0;

	if (argc != 2)
		usage();
	arg = DB_ARG_STR(argv[1]);
	err = hdf_init(&rows);
	if (err == STATUS_OK)
		err = db_rows_to_hdf(STMT_STAFF_LOGIN, &arg, 1, rows, "S", &n);
	if (err == STATUS_OK && n == 1)
		id = hdf_get_int_value(rows, "S.0.id", 0);
	hdf_destroy(&rows);
	if (err != STATUS_OK) {
		log_neoerr("sibina-user", err);
		return 1;
	}
	if (id == 0) {
		fprintf(stderr, "sibina-user: no user %s\n", argv[1]);
		return 1;
	}
	if (new_password(argv[1], hash, sizeof(hash)) != 0)
		return 1;
	a[0] = DB_ARG_STR(hash);
	a[1] = DB_ARG_INT(0);
	a[2] = DB_ARG_INT(id);
	err = sess_end_with(STMT_STAFF_PASSWORD_SET, a, 3, id, "");
	if (err != STATUS_OK) {
		log_neoerr("sibina-user", err);
		return 1;
	}
	printf("password of %s set; their sessions ended\n", argv[1]);
	return 0;
}

int
main(int argc, char **argv)
{
	unsigned long long version;
	NEOERR *err;
	int rc;

	if (argc < 2)
		usage();
	err = errors_init();
	if (err == STATUS_OK)
		err = conf_load(conf_path());
	if (err == STATUS_OK)
		err = db_ready(&version);
	if (err != STATUS_OK) {
		log_neoerr("sibina-user", err);
		fprintf(stderr, "sibina-user: cannot read the configuration or "
		    "reach the database (%s)\n", conf_path());
		return 1;
	}
	if (strcmp(argv[1], "add") == 0)
		rc = cmd_add(argc - 1, argv + 1);
	else if (strcmp(argv[1], "password") == 0)
		rc = cmd_password(argc - 1, argv + 1);
	else
		usage();
	db_close();
	conf_free();
	return rc;
}
