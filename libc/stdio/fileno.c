#include "libc/stdio/internal.h"

int fileno(FILE *f)
{
	return f->fd;
}
