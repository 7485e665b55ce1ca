#include <string.h>
#include "internal/byteset.h"

/* The length of the initial run of s made only of bytes in accept. */
size_t strspn(const char *s, const char *accept)
{
	const unsigned char *p = (const unsigned char *)s;
	byteset set;

	byteset_fill(&set, accept);
	while (byteset_has(&set, *p))   /* the terminator is never in the set */
		p++;
	return p - (const unsigned char *)s;
}
