/* conf.c: the configuration file (HDF), read once per process. */
#include "sibina.h"

#include <stdlib.h>
#include <string.h>

static HDF *conf;

/* The file named by SIBINA_CONFIG, else the one chosen at build time. */
const char *
conf_path(void)
{
	const char *env;

	env = getenv("SIBINA_CONFIG");
	if (env != NULL && *env != '\0')
		return env;
	return SIBINA_CONFIG_DEFAULT;
}

/* Reads the configuration; raises NERR_NOT_FOUND or a parse error. */
NEOERR *
conf_load(const char *path)
{
	NEOERR *err;

	conf_free();
	err = hdf_init(&conf);
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = hdf_read_file(conf, path);
	if (err != STATUS_OK) {
		conf_free();
		return nerr_pass(err);
	}
	return STATUS_OK;
}

HDF *
conf_get(void)
{
	return conf;
}

const char *
conf_str(const char *key, const char *def)
{
	if (conf == NULL)
		return def;
	return hdf_get_value(conf, key, def);
}

int
conf_int(const char *key, int def)
{
	if (conf == NULL)
		return def;
	return hdf_get_int_value(conf, key, def);
}

/*
 * Copies what every page may show (the site's paths and the office's
 * identity) into a request's HDF. Database and path settings stay out,
 * so no template can ever print them.
 */
NEOERR *
conf_copy_public(HDF *dst)
{
	static const char *const keys[] = {
		"Office.Government", "Office.Name", "Office.ShortName",
		"Office.Address", "Office.Phone", "Office.Website",
		"Office.Email",
	};
	NEOERR *err;
	const char *base;
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		err = hdf_set_value(dst, keys[i], conf_str(keys[i], ""));
		if (err != STATUS_OK)
			return nerr_pass(err);
	}
	/* Where the office's letters are signed; its seat by default. */
	err = hdf_set_value(dst, "Office.City", conf_str("Office.City",
	    "Muaro Sijunjung"));
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = hdf_set_value(dst, "Site.BaseUrl", conf_str("Site.BaseUrl", ""));
	if (err != STATUS_OK)
		return nerr_pass(err);
	base = conf_str("Site.BasePath", "");
	err = hdf_set_value(dst, "Site.BasePath", base);
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(hdf_set_valuef(dst, "Site.Static=%s/static", base));
}

void
conf_free(void)
{
	if (conf != NULL)
		hdf_destroy(&conf);
	conf = NULL;
}
