#include <strings.h>
#include "internal/defs.h"

static inline int lower(unsigned char c)
{
	return (unsigned)(c - 'A') < 26 ? c | 0x20 : c;
}

/* strcasecmp over at most n bytes. */
weak int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	if (!n)
		return 0;
	for (; --n && *p && lower(*p) == lower(*q); p++, q++)
		;
	return lower(*p) - lower(*q);
}
