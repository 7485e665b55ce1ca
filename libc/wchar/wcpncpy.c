#include <wchar.h>
#include "internal/defs.h"

/* wcsncpy returning the end of the copy: at most n units of src into dst,
 * the rest of the n filled with nulls; returns dst + (src's length, at
 * most n): the first null written, or dst + n (dst then unterminated). */
weak wchar_t *wcpncpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	size_t i = 0, len;

	for (; i < n && src[i]; i++)
		dst[i] = src[i];
	for (len = i; i < n; i++)
		dst[i] = 0;
	return dst + len;
}
