/* calloc: malloc of count * size bytes, zeroed.  A large block is fresh
 * from mmap and zero already; writing zeros to it would only cost page
 * faults. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/malloc.h"

void *calloc(size_t count, size_t size)
{
	size_t n;
	int clean;
	void *p;

	if (__builtin_mul_overflow(count, size, &n)) {
		errno = ENOMEM;
		return 0;
	}
	p = __malloc_clean(n, &clean);
	if (p && !clean)
		memset(p, 0, n);
	return p;
}
