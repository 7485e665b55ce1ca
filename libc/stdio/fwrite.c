#include <errno.h>
#include "internal/stdio.h"

/* count items of size bytes each.  Returns how many whole items were
 * taken.
 *
 * No object is larger than SIZE_MAX bytes, so a size * count that does not
 * fit a size_t cannot describe the caller's array: nothing is written and
 * no item counts as written (EOVERFLOW).  Writing the wrapped product
 * instead, as glibc and musl do, sends a few bytes of the array and
 * reports every item written. */
size_t __fwrite_unlocked(const void *restrict p, size_t size, size_t count, FILE *restrict f)
{
	size_t n;

	if (__builtin_mul_overflow(size, count, &n)) {
		errno = EOVERFLOW;
		return 0;
	}
	if (!n)
		return 0;
	return __fwritex(p, n, f) / size;
}
weak_alias(__fwrite_unlocked, fwrite_unlocked);

size_t fwrite(const void *restrict p, size_t size, size_t count, FILE *restrict f)
{
	int locked = __lockfile(f);

	count = __fwrite_unlocked(p, size, count, f);
	__unlockfile(f, locked);
	return count;
}
