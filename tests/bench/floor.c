/* floor.c: the FastCGI floor of tests/bench/run: answers every request with the same bytes, read once from a file. */

/*
 * Usage: floor RESPONSE-FILE   (or env FLOOR_RESPONSE=RESPONSE-FILE)
 *
 * RESPONSE-FILE holds a complete CGI response: header lines ("Status: 200 OK",
 * "Content-Type: ...", "Content-Length: ...", ...), an empty line, then the body.
 * tests/bench/run writes it from the app's own answer, so this program puts the
 * very same bytes on the FastCGI socket as the app does, with no work in between:
 * the fastest any FastCGI program behind the same nginx can be.
 * Build: cc -O2 -o floor floor.c -lfcgi
 */

#include <fcgiapp.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : getenv("FLOOR_RESPONSE");
	FCGX_Request req;
	FILE *f;
	char *buf;
	long len;

	if (path == NULL || *path == '\0') {
		fprintf(stderr, "usage: floor RESPONSE-FILE\n");
		return 2;
	}
	f = fopen(path, "rb");
	if (f == NULL) {
		perror(path);
		return 1;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) <= 0 || len > INT_MAX ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fprintf(stderr, "%s: cannot size the file, or it is empty\n", path);
		fclose(f);
		return 1;
	}
	buf = malloc((size_t)len);
	if (buf == NULL || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		fprintf(stderr, "%s: cannot read %ld bytes\n", path, len);
		fclose(f);
		free(buf);
		return 1;
	}
	fclose(f);

	/* As the app (src/serve.c): SIGPIPE ignored, FCGX_Accept_r on socket 0. */
	signal(SIGPIPE, SIG_IGN);
	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0) {
		fprintf(stderr, "floor: FastCGI initialisation failed\n");
		free(buf);
		return 1;
	}
	while (FCGX_Accept_r(&req) >= 0) {
		FCGX_PutStr(buf, (int)len, req.out);
		FCGX_Finish_r(&req);
	}
	free(buf);
	return 0;
}
