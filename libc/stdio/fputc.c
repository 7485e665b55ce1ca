#include <unistd.h>
#include "internal/defs.h"
#include "internal/stdio.h"

/* One byte, one write().  Returns the byte as an unsigned char, or EOF. */
static int put_byte(int c, int fd)
{
	unsigned char b = (unsigned char)c;

	return __write_all(fd, &b, 1) == 1 ? b : EOF;
}

int fputc(int c, FILE *f)
{
	return put_byte(c, f->fd);
}
weak_alias(fputc, putc);

int putchar(int c)
{
	return put_byte(c, STDOUT_FILENO);
}
