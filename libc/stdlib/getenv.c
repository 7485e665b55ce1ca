#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/env.h"
#include "internal/defs.h"

size_t __env_name_length(const char *name)
{
	size_t len;

	if (!name)
		return 0;
	len = __strchrnul(name, '=') - name;
	return name[len] ? 0 : len;
}

/* The value of the variable name, pointing into its "NAME=value" entry,
 * or NULL.  (A name with '=' in it is never found.) */
char *getenv(const char *name)
{
	size_t len = __env_name_length(name);
	char **e;

	if (!len)
		return NULL;
	for (e = __environ; e && *e; e++)
		if (strncmp(*e, name, len) == 0 && (*e)[len] == '=')
			return *e + len + 1;
	return NULL;
}
