#include <string.h>
#include <strings.h>
#include "internal/defs.h"

/* The BSD memcmp that only says "equal or not".  Besides old programs,
 * clang calls it: it turns memcmp(a, b, n) == 0 in user code into bcmp. */
weak int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}
