#include <unistd.h>
#include "internal/stdio.h"

/* read() of the stream's file descriptor; EINTR is an error, as in glibc. */
ssize_t __stdio_read(FILE *f, unsigned char *p, size_t n)
{
	return __read(f->fd, p, n);
}
