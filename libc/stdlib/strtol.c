#include <limits.h>
#include <stdlib.h>
#include "internal/strtox.h"

/* String to integer: all four are __strtox with their type's limits (see
 * strtox.c for the rules).  long is 32 bits on i386 and arm, 64 elsewhere. */
long strtol(const char *restrict s, char **restrict end, int base)
{
	return (long)__strtox(s, end, base, LONG_MAX, 1);
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long)__strtox(s, end, base, ULONG_MAX, 0);
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return (long long)__strtox(s, end, base, LLONG_MAX, 1);
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, ULLONG_MAX, 0);
}
