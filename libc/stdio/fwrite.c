#include "internal/stdio.h"

/* count items of size bytes each, in one write() (more only if the kernel
 * takes less).  Returns how many whole items were written. */
size_t fwrite(const void *restrict p, size_t size, size_t count, FILE *restrict f)
{
	size_t n = size * count;

	if (!n)
		return 0;
	return __write_all(f->fd, p, n) / size;
}
