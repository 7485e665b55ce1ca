#include <string.h>

/* In the "C" locale, the collation order is the byte order. */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}
