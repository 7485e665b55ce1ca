#include <string.h>
#include "internal/defs.h"

/* The first c in s (the terminator itself when c is 0), or NULL. */
char *strchr(const char *s, int c)
{
	char *p = __strchrnul(s, c);

	return *(unsigned char *)p == (unsigned char)c ? p : NULL;
}
