#include <unistd.h>
#include "internal/stdio.h"

int __stdio_close(FILE *f)
{
	return __close(f->fd);
}
