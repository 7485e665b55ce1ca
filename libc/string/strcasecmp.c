#include <strings.h>
#include "internal/defs.h"

/* ASCII lower case, the "C" locale's only case mapping. */
static inline int lower(unsigned char c)
{
	return (unsigned)(c - 'A') < 26 ? c | 0x20 : c;
}

/* strcmp, ignoring the case of ASCII letters. */
weak int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; *p && lower(*p) == lower(*q); p++, q++)
		;
	return lower(*p) - lower(*q);
}
