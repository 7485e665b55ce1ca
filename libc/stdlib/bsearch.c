#include <stdlib.h>

/* Binary search in count elements sorted by compare; any match, or NULL.
 * Each step halves the range [base, base + count) still in question. */
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *))
{
	const char *lo = base;

	while (count) {
		const char *mid = lo + (count / 2) * size;
		int c = compare(key, mid);

		if (c == 0)
			return (void *)mid;
		if (c > 0) {            /* key is above mid: keep the right half */
			lo = mid + size;
			count -= count / 2 + 1;
		} else {                /* below: keep the left half */
			count /= 2;
		}
	}
	return NULL;
}
