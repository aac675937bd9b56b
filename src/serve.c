/* serve.c: the request loop shared by both programs, FastCGI or plain CGI. */
#include "sibina.h"

#include <fcgiapp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int configured;

/*
 * Reads the configuration at the first request, and again at the next
 * ones while it cannot be read (a worker heals once the file is fixed).
 * Under mod_fcgid a SetEnv in the server or .htaccess reaches us as a
 * request parameter, not in the process environment, so SIBINA_CONFIG is
 * taken from there when the environment lacks it (clients cannot set
 * such parameters: theirs all start with HTTP_).
 */
static NEOERR *
configure(struct io *io)
{
	const char *param;
	NEOERR *err;

	if (getenv("SIBINA_CONFIG") == NULL && io->fcgx != NULL) {
		param = FCGX_GetParam("SIBINA_CONFIG", io->fcgx->envp);
		if (param != NULL && *param != '\0')
			setenv("SIBINA_CONFIG", param, 1);
	}
	err = conf_load(conf_path());
	if (err != STATUS_OK)
		return nerr_pass(err);
	log_open(conf_str("Paths.Log", ""));
	configured = 1;
	return STATUS_OK;
}

/*
 * A CGI program that exits without reading the request body makes some
 * servers (mod_cgid) fail to read its answer: read what is left of it,
 * up to a bound, before exiting.
 */
static void
drain_cgi_body(void)
{
	const char *cl = getenv("CONTENT_LENGTH");
	char buf[8192];
	size_t total = 0, n;

	if (cl == NULL || atol(cl) <= 0)
		return;
	while (total < 8 * 1024 * 1024 &&
	    (n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		total += n;
}

static void
handle(struct io *io, const char *program, const struct route *routes,
    size_t n)
{
	struct req r;
	NEOERR *err, *conf_err;

	conf_err = configured ? STATUS_OK : configure(io);
	err = req_begin(&r, io);
	if (conf_err != STATUS_OK && err == STATUS_OK)
		err = nerr_pass_ctx(conf_err, "%s: reading configuration %s",
		    program, conf_path());
	else
		nerr_ignore(&conf_err);
	if (err != STATUS_OK)
		resp_fail(&r, err);
	else
		route_dispatch(&r, routes, n);
	req_end(&r);
}

/*
 * Serves requests: one when started as a CGI program, else FastCGI
 * requests until the web server stops us.
 * Every request gets a fresh CGI object and HDF (req_begin) that are
 * freed before the next (req_end); only the configuration, the database
 * connection and the page cache live across requests.
 */
int
serve(const char *program, const struct route *routes, size_t n)
{
	FCGX_Request fr;
	struct io io;
	NEOERR *err;

	signal(SIGPIPE, SIG_IGN);
	err = errors_init();
	if (err != STATUS_OK) {
		nerr_log_error(err);
		return 1;
	}
	memset(&io, 0, sizeof(io));
	if (FCGX_IsCGI()) {
		handle(&io, program, routes, n);
		fflush(stdout);
		drain_cgi_body();
	} else {
		if (FCGX_Init() != 0 || FCGX_InitRequest(&fr, 0, 0) != 0) {
			log_msg(LOG_ERR, "%s: cannot start FastCGI", program);
			return 1;
		}
		io.fcgx = &fr;
		while (FCGX_Accept_r(&fr) >= 0) {
			io.indexed = 0;
			handle(&io, program, routes, n);
			FCGX_Finish_r(&fr);
		}
	}
	db_close();
	cache_free();
	upload_free();
	conf_free();
	return 0;
}
