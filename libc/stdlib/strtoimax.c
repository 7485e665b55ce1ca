#include <inttypes.h>
#include "internal/strtox.h"

/* strtol for the widest integer types (64 bits on every taskrt arch). */
intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return (intmax_t)__strtox(s, end, base, INTMAX_MAX, 1);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return (uintmax_t)__strtox(s, end, base, UINTMAX_MAX, 0);
}
