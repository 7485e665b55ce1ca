#include <string.h>
#include "internal/defs.h"

/* strlen, but look at no more than max bytes. */
size_t __strnlen(const char *s, size_t max)
{
	const char *end = memchr(s, 0, max);

	return end ? (size_t)(end - s) : max;
}
weak_alias(__strnlen, strnlen);
