#include <string.h>
#include "internal/defs.h"

/* The BSD bounded append: dst is a buffer of size bytes holding a string;
 * append what fits of src, keeping it terminated.  Returns the length the
 * whole string would have had (>= size means it was cut short).  If dst
 * holds no terminator within size bytes, nothing is written. */
weak size_t strlcat(char *restrict dst, const char *restrict src, size_t size)
{
	size_t dlen = __strnlen(dst, size);

	if (dlen == size)
		return size + strlen(src);
	return dlen + __strlcpy(dst + dlen, src, size - dlen);
}
