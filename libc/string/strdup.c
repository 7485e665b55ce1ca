#include <stdlib.h>
#include <string.h>

/* A malloc'ed copy of s, or NULL (errno ENOMEM, from malloc). */
char *strdup(const char *s)
{
	size_t size = strlen(s) + 1;
	char *copy = malloc(size);

	return copy ? memcpy(copy, s, size) : NULL;
}
