#include <string.h>

/* The first occurrence of needle in haystack.  Jump to the first byte that
 * could start a match, then let memmem do the searching. */
char *strstr(const char *haystack, const char *needle)
{
	if (!needle[0])
		return (char *)haystack;
	haystack = strchr(haystack, needle[0]);
	if (!haystack)
		return NULL;
	return memmem(haystack, strlen(haystack), needle, strlen(needle));
}
