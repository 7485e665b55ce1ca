#include <stdlib.h>
#include <string.h>
#include "internal/defs.h"

/* A malloc'ed copy of s, or NULL (errno ENOMEM, from malloc). */
char *__strdup(const char *s)
{
	size_t size = strlen(s) + 1;
	char *copy = malloc(size);

	return copy ? memcpy(copy, s, size) : NULL;
}
weak_alias(__strdup, strdup);
