#include <string.h>

/* Compare as unsigned chars, up to the first difference or terminator. */
int strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; *p == *q && *p; p++, q++)
		;
	return *p - *q;
}
