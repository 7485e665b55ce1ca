#include <stdlib.h>

/* Decimal string to integer, without error reporting: what glibc does,
 * (int)strtol(s, NULL, 10), so atoi("  -12abc") is -12 and an out-of-range
 * number gives the truncated long. */
int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

long long atoll(const char *s)
{
	return strtoll(s, NULL, 10);
}
