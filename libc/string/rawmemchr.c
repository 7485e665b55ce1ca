#include <string.h>
#include "internal/defs.h"

/* The first byte equal to c from s on, with no bound: the caller knows c
 * is there (rawmemchr(s, 0) is s + strlen(s)).  A byte at a time, since
 * without a length a word read could cross into an unmapped page. */
weak void *rawmemchr(const void *s, int c)
{
	const unsigned char *p = s;

	while (*p != (unsigned char)c)
		p++;
	return (void *)p;
}
