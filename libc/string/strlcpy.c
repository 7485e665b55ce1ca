#include <string.h>
#include "internal/defs.h"

/* The BSD bounded copy: copy what fits of src into the size bytes at dst,
 * always terminated when size > 0.  Returns strlen(src), so a result
 * >= size means the copy was cut short. */
size_t __strlcpy(char *restrict dst, const char *restrict src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = 0;
	}
	return len;
}
weak_alias(__strlcpy, strlcpy);
