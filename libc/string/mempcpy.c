#include <string.h>
#include "internal/defs.h"

/* memcpy that returns the end of what it wrote (a GNU extension). */
weak void *mempcpy(void *restrict dst, const void *restrict src, size_t n)
{
	return (char *)memcpy(dst, src, n) + n;
}
