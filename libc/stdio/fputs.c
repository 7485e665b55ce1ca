#include <string.h>
#include "internal/stdio.h"

/* The string is already in one piece: one write() of it, no copy.
 * Returns 1 on success, as glibc does (the standard only says >= 0). */
int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);

	return __write_all(f->fd, s, n) == n ? 1 : EOF;
}
