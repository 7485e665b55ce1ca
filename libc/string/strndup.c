#include <stdlib.h>
#include <string.h>
#include "internal/defs.h"

/* A malloc'ed copy of at most n bytes of s, always terminated. */
weak char *strndup(const char *s, size_t n)
{
	size_t len = __strnlen(s, n);
	char *copy = malloc(len + 1);

	if (!copy)
		return NULL;
	memcpy(copy, s, len);
	copy[len] = 0;
	return copy;
}
