#include <string.h>

/* strcmp over at most n bytes. */
int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	if (!n)
		return 0;
	for (; --n && *p == *q && *p; p++, q++)
		;
	return *p - *q;
}
