/* unit.h: what the Check programs share: running a suite, scratch directories. */
#ifndef UNIT_H
#define UNIT_H

#include <check.h>

int	 unit_run(Suite *);
char	*unit_scratch_dir(const char *name);
void	 unit_write(const char *dir, const char *file, const char *text);
void	 unit_remove_dir(const char *dir);

#endif /* UNIT_H */
