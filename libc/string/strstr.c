#include <string.h>
#include "internal/defs.h"

/* The first occurrence of needle in haystack.  Jump to the first byte that
 * could start a match, then let memmem do the searching.  (Measuring the
 * rest of the haystack first costs one extra linear pass, even when the
 * match is near; it keeps the search itself in one place.) */
char *strstr(const char *haystack, const char *needle)
{
	if (!needle[0])
		return (char *)haystack;
	haystack = strchr(haystack, needle[0]);
	if (!haystack)
		return NULL;
	return __memmem(haystack, strlen(haystack), needle, strlen(needle));
}
