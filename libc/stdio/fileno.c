#include "internal/stdio.h"
#include "internal/defs.h"

weak int fileno(FILE *f)
{
	return f->fd;
}
