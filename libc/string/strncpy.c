#include <string.h>
#include "internal/defs.h"

/* stpncpy, returning d: see there for the (surprising) zero fill. */
char *strncpy(char *restrict d, const char *restrict s, size_t n)
{
	__stpncpy(d, s, n);
	return d;
}
