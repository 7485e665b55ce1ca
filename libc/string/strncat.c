#include <string.h>
#include "internal/defs.h"

/* Append at most n bytes of s to the string at d, then a terminator (so
 * d needs room for strlen(d) + n + 1 bytes). */
char *strncat(char *restrict d, const char *restrict s, size_t n)
{
	char *end = d + strlen(d);
	size_t len = __strnlen(s, n);

	memcpy(end, s, len);
	end[len] = 0;
	return d;
}
