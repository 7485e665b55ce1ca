#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/defs.h"
#include "internal/env.h"

/* Without setenv in the program, no entry was ever allocated: this no-op
 * stands in for setenv.c's __env_forget. */
static void forget_nothing(char *entry)
{
	(void)entry;
}
weak_alias(forget_nothing, __env_forget);

/* Remove every entry for name (the initial environment may hold several)
 * by moving the rest of the array down over it. */
weak int unsetenv(const char *name)
{
	size_t len = __env_name_length(name);
	char **e, **rest;

	if (!len) {
		errno = EINVAL;
		return -1;
	}
	for (e = __environ; e && *e;) {
		if (strncmp(*e, name, len) == 0 && (*e)[len] == '=') {
			__env_forget(*e);
			for (rest = e; *rest; rest++)
				rest[0] = rest[1];
		} else {
			e++;
		}
	}
	return 0;
}
