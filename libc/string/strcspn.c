#include <string.h>
#include "internal/byteset.h"
#include "internal/defs.h"

/* The length of the initial run of s made only of bytes NOT in reject. */
size_t strcspn(const char *s, const char *reject)
{
	const unsigned char *p = (const unsigned char *)s;
	byteset set;

	if (!reject[0] || !reject[1])   /* zero or one byte: strchrnul */
		return __strchrnul(s, reject[0]) - s;
	byteset_fill(&set, reject);
	while (*p && !byteset_has(&set, *p))
		p++;
	return p - (const unsigned char *)s;
}
