/* errors.c: the error types Sibina adds to ClearSilver's NEOERR. */
#include "sibina.h"

NERR_TYPE NERR_DB_DOWN = -1;
NERR_TYPE NERR_SCHEMA = -1;
NERR_TYPE NERR_BAD_REQUEST = -1;
NERR_TYPE NERR_NO_PAGE = -1;
NERR_TYPE NERR_TOO_BIG = -1;
NERR_TYPE NERR_FORBIDDEN = -1;

/*
 * Registers our error types with ClearSilver; call once per process
 * before anything can raise them.
 */
NEOERR *
errors_init(void)
{
	NEOERR *err;

	err = nerr_init();
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = nerr_register(&NERR_DB_DOWN, "DatabaseDown");
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = nerr_register(&NERR_SCHEMA, "SchemaMismatch");
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = nerr_register(&NERR_BAD_REQUEST, "BadRequest");
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = nerr_register(&NERR_NO_PAGE, "NoSuchPage");
	if (err != STATUS_OK)
		return nerr_pass(err);
	err = nerr_register(&NERR_TOO_BIG, "TooBig");
	if (err != STATUS_OK)
		return nerr_pass(err);
	return nerr_pass(nerr_register(&NERR_FORBIDDEN, "Forbidden"));
}
