#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/env.h"
#include "internal/defs.h"

/* setenv builds each "NAME=value" entry with malloc.  The kernel's strings
 * and array cannot be freed or grown, so two things are remembered:
 *   owned  the entries setenv made that are still in the environment, so
 *          replacing or unsetting one frees it (a pointer getenv returned
 *          for it then dies, as POSIX allows);
 *   array  the environment array setenv made, which it may realloc. */
static char **owned;
static size_t owned_count, owned_room;
static char **array;

void __env_forget(char *entry)
{
	for (size_t i = 0; i < owned_count; i++)
		if (owned[i] == entry) {
			owned[i] = owned[--owned_count];
			free(entry);
			return;
		}
}

static int remember(char *entry)
{
	if (owned_count == owned_room) {
		size_t room = owned_room ? 2 * owned_room : 8;
		char **bigger = realloc(owned, room * sizeof *owned);

		if (!bigger)
			return -1;
		owned = bigger;
		owned_room = room;
	}
	owned[owned_count++] = entry;
	return 0;
}

/* Put entry into the environment in place of the variable of the same
 * name (its first len + 1 bytes, "NAME="), or at the end. */
static int put(char *entry, size_t len)
{
	size_t n;
	char **e;

	for (n = 0; __environ && __environ[n]; n++)
		if (strncmp(__environ[n], entry, len + 1) == 0) {
			__env_forget(__environ[n]);
			__environ[n] = entry;
			return 0;
		}
	/* A new variable: one more slot, in an array of our own. */
	e = realloc(__environ == array ? array : NULL, (n + 2) * sizeof *e);
	if (!e)
		return -1;
	if (__environ != array && n)
		memcpy(e, __environ, n * sizeof *e);
	e[n] = entry;
	e[n + 1] = NULL;
	__environ = array = e;
	return 0;
}

/* Set name to value (copying both), unless it is set and !overwrite. */
weak int setenv(const char *name, const char *value, int overwrite)
{
	size_t len = __env_name_length(name), vlen;
	char *entry;

	if (!len) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	vlen = strlen(value);
	entry = malloc(len + vlen + 2);
	if (!entry)
		return -1;
	memcpy(entry, name, len);
	entry[len] = '=';
	memcpy(entry + len + 1, value, vlen + 1);
	if (remember(entry) < 0) {
		free(entry);
		return -1;
	}
	if (put(entry, len) < 0) {
		__env_forget(entry);
		return -1;
	}
	return 0;
}
