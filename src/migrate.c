/* migrate.c: sibina-migrate, applies the pending schema migrations in order. */
#include "sibina.h"

#include <dirent.h>
#include <errno.h>
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIGRATIONS_MAX 999

/* The table that records what was applied; made here, not by a migration. */
static const char create_version_table[] =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
    " name VARCHAR(200) NOT NULL,"
    " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

static void
usage(void)
{
	fprintf(stderr, "usage: sibina-migrate [-n] [sql-dir]\n"
	    "Applies sql/NNN-name.sql files newer than the database's schema\n"
	    "version, in order. -n lists them without applying. The database\n"
	    "comes from the configuration file in SIBINA_CONFIG (Migrate.User\n"
	    "and Migrate.Password if set, else Database.*).\n");
	exit(2);
}

/* Returns the number of a file named NNN-name.sql, or -1. */
static int
migration_number(const char *name)
{
	size_t len = strlen(name);
	size_t i;

	if (len < 9 || strcmp(name + len - 4, ".sql") != 0 ||
	    name[0] < '0' || name[0] > '9' || name[1] < '0' || name[1] > '9' ||
	    name[2] < '0' || name[2] > '9' || name[3] != '-')
		return -1;
	for (i = 4; i < len - 4; i++)
		if (strchr("abcdefghijklmnopqrstuvwxyz0123456789-",
		    name[i]) == NULL)
			return -1;
	return (name[0] - '0') * 100 + (name[1] - '0') * 10 + (name[2] - '0');
}

static MYSQL *
connect_db(void)
{
	const char *user, *password, *socket;
	MYSQL *db;

	user = conf_str("Migrate.User", NULL);
	password = conf_str("Migrate.Password", NULL);
	if (user == NULL || *user == '\0') {
		user = conf_str("Database.User", "sibina");
		password = conf_str("Database.Password", "");
	}
	socket = conf_str("Database.Socket", "");
	db = mysql_init(NULL);
	if (db == NULL)
		return NULL;
	mysql_options(db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* Times a migration writes are the office's, as the programs' (db.c). */
	mysql_options(db, MYSQL_INIT_COMMAND, "SET time_zone = '+07:00'");
	if (mysql_real_connect(db, conf_str("Database.Host", "localhost"),
	    user, password != NULL ? password : "",
	    conf_str("Database.Name", "sibina"),
	    (unsigned int)conf_int("Database.Port", 0),
	    *socket != '\0' ? socket : NULL, CLIENT_MULTI_STATEMENTS) == NULL) {
		fprintf(stderr, "sibina-migrate: cannot connect: %s\n",
		    mysql_error(db));
		mysql_close(db);
		return NULL;
	}
	return db;
}

/* Runs a text of one or more statements; returns 0 or prints the error. */
static int
run_sql(MYSQL *db, const char *what, const char *sql, size_t len)
{
	MYSQL_RES *res;
	int status, n = 1;

	if (mysql_real_query(db, sql, len) != 0)
		goto fail;
	do {
		res = mysql_store_result(db);
		if (res != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(db) != 0)
			goto fail;
		status = mysql_next_result(db);
		if (status > 0)
			goto fail;
		n++;
	} while (status == 0);
	return 0;
fail:
	fprintf(stderr, "sibina-migrate: %s, statement %d: %s\n", what, n,
	    mysql_error(db));
	return -1;
}

static int
current_version(MYSQL *db)
{
	MYSQL_RES *res;
	MYSQL_ROW row;
	int v = -1;

	if (mysql_query(db, "SELECT COALESCE(MAX(version), 0) "
	    "FROM schema_version") != 0)
		return -1;
	res = mysql_store_result(db);
	if (res == NULL)
		return -1;
	row = mysql_fetch_row(res);
	if (row != NULL && row[0] != NULL)
		v = atoi(row[0]);
	mysql_free_result(res);
	return v;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE *f;
	char *buf;
	long size;

	f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return NULL;
	}
	buf = malloc((size_t)size + 1);
	if (buf != NULL && fread(buf, 1, (size_t)size, f) != (size_t)size) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf != NULL) {
		buf[size] = '\0';
		*len = (size_t)size;
	}
	return buf;
}

/* Records an applied migration in schema_version. */
static int
record(MYSQL *db, int number, const char *name)
{
	static const char sql[] =
	    "INSERT INTO schema_version (version, name) VALUES (?, ?)";
	MYSQL_BIND bind[2];
	unsigned long name_len = strlen(name);
	long long v = number;
	MYSQL_STMT *st;
	int rc = -1;

	st = mysql_stmt_init(db);
	if (st == NULL)
		return -1;
	memset(bind, 0, sizeof(bind));
	bind[0].buffer_type = MYSQL_TYPE_LONGLONG;
	bind[0].buffer = &v;
	bind[1].buffer_type = MYSQL_TYPE_STRING;
	bind[1].buffer = (void *)name;
	bind[1].buffer_length = name_len;
	bind[1].length = &name_len;
	if (mysql_stmt_prepare(st, sql, sizeof(sql) - 1) == 0 &&
	    mysql_stmt_bind_param(st, bind) == 0 &&
	    mysql_stmt_execute(st) == 0)
		rc = 0;
	else
		fprintf(stderr, "sibina-migrate: recording %s: %s\n", name,
		    mysql_stmt_error(st));
	mysql_stmt_close(st);
	return rc;
}

/*
 * Applies one migration and records it. MariaDB commits DDL as it goes,
 * so a migration that fails half-way is reported with its statement
 * number and must be repaired by hand before running again.
 */
static int
apply(MYSQL *db, const char *dir, const char *name, int number)
{
	char path[4096];
	size_t len;
	char *sql;
	int rc;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	sql = read_file(path, &len);
	if (sql == NULL) {
		fprintf(stderr, "sibina-migrate: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	rc = run_sql(db, name, sql, len);
	free(sql);
	if (rc != 0)
		return -1;
	return record(db, number, name);
}

int
main(int argc, char *argv[])
{
	char *names[MIGRATIONS_MAX + 1];
	const char *dir;
	struct dirent *de;
	NEOERR *err;
	MYSQL *db;
	DIR *d;
	int dry = 0, current, i, n, rc = 0, last = 0;

	if (argc > 1 && strcmp(argv[1], "-n") == 0) {
		dry = 1;
		argc--;
		argv++;
	}
	if (argc > 2 || (argc == 2 && argv[1][0] == '-'))
		usage();
	err = errors_init();
	if (err == STATUS_OK)
		err = conf_load(conf_path());
	if (err != STATUS_OK) {
		fprintf(stderr, "sibina-migrate: cannot read configuration "
		    "%s\n", conf_path());
		nerr_ignore(&err);
		return 1;
	}
	dir = argc == 2 ? argv[1] : conf_str("Paths.Sql", SIBINA_SQL_DEFAULT);
	memset(names, 0, sizeof(names));
	d = opendir(dir);
	if (d == NULL) {
		fprintf(stderr, "sibina-migrate: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		n = migration_number(de->d_name);
		if (n <= 0)
			continue;
		if (names[n] != NULL) {
			fprintf(stderr, "sibina-migrate: two migrations "
			    "numbered %03d\n", n);
			rc = 1;
		}
		free(names[n]);
		names[n] = strdup(de->d_name);
		if (n > last)
			last = n;
	}
	closedir(d);
	for (i = 1; i <= last && rc == 0; i++)
		if (names[i] == NULL) {
			fprintf(stderr, "sibina-migrate: migration %03d is "
			    "missing\n", i);
			rc = 1;
		}
	db = rc == 0 ? connect_db() : NULL;
	if (db == NULL)
		rc = 1;
	if (rc == 0 && run_sql(db, "schema_version", create_version_table,
	    sizeof(create_version_table) - 1) != 0)
		rc = 1;
	current = rc == 0 ? current_version(db) : -1;
	if (rc == 0 && current < 0) {
		fprintf(stderr, "sibina-migrate: cannot read schema_version\n");
		rc = 1;
	}
	if (rc == 0 && current > last)
		fprintf(stderr, "sibina-migrate: the database is at version %d, "
		    "newer than these migrations (%d)\n", current, last);
	for (i = current + 1; rc == 0 && i <= last; i++) {
		printf("%s %s\n", dry ? "pending" : "applying", names[i]);
		if (!dry && apply(db, dir, names[i], i) != 0)
			rc = 1;
	}
	if (rc == 0 && last != SCHEMA_VERSION)
		fprintf(stderr, "sibina-migrate: note: the programs expect "
		    "schema version %d, the migrations reach %d\n",
		    SCHEMA_VERSION, last);
	if (rc == 0)
		printf("schema version %d\n", dry ? current : last > current ?
		    last : current);
	if (db != NULL)
		mysql_close(db);
	for (i = 0; i <= MIGRATIONS_MAX; i++)
		free(names[i]);
	conf_free();
	return rc;
}
