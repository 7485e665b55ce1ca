#include <ctype.h>
#include <string.h>
#include "internal/defs.h"

/* strstr, with letters compared as tolower does (the current locale's
 * single-byte case, ASCII in C).  The empty needle matches at haystack.
 * Plain quadratic search: once haystack ends before the needle does, no
 * later start can match, so that ends it. */
weak char *strcasestr(const char *haystack, const char *needle)
{
	for (; ; haystack++) {
		size_t i = 0;

		while (needle[i] && tolower((unsigned char)haystack[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (!needle[i])
			return (char *)haystack;
		if (!haystack[i])
			return 0;
	}
}
