/* unit.c: helpers shared by the Check programs. */
#include "sibina.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

/* Runs every test of the suite, each in its own process; 0 if all pass. */
int
unit_run(Suite *s)
{
	SRunner *sr;
	int failed;

	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}

/* Makes a fresh directory under $TMPDIR (or /tmp); exits if it cannot. */
char *
unit_scratch_dir(const char *name)
{
	const char *tmp = getenv("TMPDIR");
	size_t len;
	char *dir;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	len = strlen(tmp) + strlen(name) + 9;
	dir = malloc(len);
	if (dir == NULL ||
	    snprintf(dir, len, "%s/%s.XXXXXX", tmp, name) >= (int)len ||
	    mkdtemp(dir) == NULL) {
		perror("unit_scratch_dir");
		exit(1);
	}
	return dir;
}

/* Writes text to dir/file; usable outside tests too (it does not assert). */
void
unit_write(const char *dir, const char *file, const char *text)
{
	char path[1024];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	f = fopen(path, "w");
	if (f == NULL || fputs(text, f) == EOF || fclose(f) != 0) {
		perror(path);
		abort();
	}
}

/* Removes a scratch directory and the files in it. */
void
unit_remove_dir(const char *dir)
{
	struct dirent *de;
	char path[1024];
	DIR *d;

	d = opendir(dir);
	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		unlink(path);
	}
	closedir(d);
	rmdir(dir);
}
