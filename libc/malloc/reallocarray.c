/* reallocarray: realloc of count * size bytes, ENOMEM (and ptr left
 * alone) when the product overflows, as in glibc and the BSDs. */
#include <errno.h>
#include <stdlib.h>
#include "internal/defs.h"

weak void *reallocarray(void *ptr, size_t count, size_t size)
{
	size_t n;

	if (__builtin_mul_overflow(count, size, &n)) {
		errno = ENOMEM;
		return 0;
	}
	return realloc(ptr, n);
}
