#include "internal/stdio.h"

/* All n bytes to the file descriptor, or -1 (errno says why). */
ssize_t __stdio_write(FILE *f, const unsigned char *p, size_t n)
{
	return __write_all(f->fd, p, n) == n ? (ssize_t)n : -1;
}
