/* complaint.c: complaint codes ("ADU-" and a tracking code) and the menu's count of open complaints. */
#include "sibina.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * The prefix keeps complaint codes apart from request codes: /lacak
 * refuses thirteen symbols, and complaint_code_parse refuses a code
 * without it, so neither is ever taken for the other.
 */
#define PREFIX "ADU"

/* Fills buf (COMPLAINT_CODE_LEN bytes) with a new complaint code. */
void
complaint_code(char *buf, size_t len)
{
	char code[TRACKING_CODE_LEN];

	tracking_code(code, sizeof(code));
	snprintf(buf, len, "%s-%s", PREFIX, code);
}

/*
 * Reads a complaint code as a person typed it (any case, spaces and
 * dashes anywhere, the prefix required). Writes the canonical form into
 * out (COMPLAINT_CODE_LEN bytes) and returns 0, or -1 if it cannot be one.
 */
int
complaint_code_parse(const char *in, char *out, size_t outlen)
{
	char code[TRACKING_CODE_LEN];
	size_t i;

	if (outlen < COMPLAINT_CODE_LEN)
		return -1;
	while (*in == ' ')
		in++;
	for (i = 0; i < strlen(PREFIX); i++)
		if (toupper((unsigned char)in[i]) != PREFIX[i])
			return -1;
	if (tracking_code_parse(in + strlen(PREFIX), code, sizeof(code)) != 0)
		return -1;
	snprintf(out, outlen, "%s-%s", PREFIX, code);
	return 0;
}

/*
 * Sets User.complaint_count, the complaints not closed yet, for the menu
 * of those who handle complaints.
 */
NEOERR *
complaint_count_set(struct req *r)
{
	if ((ROLES_COMPLAINTS & ROLE_BIT(r->user.role)) == 0)
		return STATUS_OK;
	return nerr_pass(menu_count_set(r, "count complaints",
	    STMT_COMPLAINT_OPEN_COUNT, NULL, 0, "User.complaint_count"));
}
