#include <string.h>
#include "internal/stdio.h"

/* Returns 1 on success, as glibc does (the standard only says >= 0). */
int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);
	int locked = __lockfile(f), r = __fwritex((const unsigned char *)s, n, f) == n ? 1 : EOF;

	__unlockfile(f, locked);
	return r;
}
