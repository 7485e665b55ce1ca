/* Copying and joining wide strings. */
#include <stdlib.h>
#include <wchar.h>
#include "internal/defs.h"

wchar_t *wcscpy(wchar_t *restrict dst, const wchar_t *restrict src)
{
	wchar_t *d = dst;

	while ((*d++ = *src++))
		;
	return dst;
}

/* At most n units; a shorter src is padded with nulls to n. */
wchar_t *wcsncpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	size_t i = 0;

	for (; i < n && src[i]; i++)
		dst[i] = src[i];
	for (; i < n; i++)
		dst[i] = 0;
	return dst;
}

wchar_t *wcscat(wchar_t *restrict dst, const wchar_t *restrict src)
{
	wcscpy(dst + wcslen(dst), src);
	return dst;
}

/* At most n units of src, then always a null. */
wchar_t *wcsncat(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	wchar_t *d = dst + wcslen(dst);

	while (n-- && *src)
		*d++ = *src++;
	*d = 0;
	return dst;
}

/* The end of the copy (its null), not its start. */
weak wchar_t *wcpcpy(wchar_t *restrict dst, const wchar_t *restrict src)
{
	while ((*dst = *src++))
		dst++;
	return dst;
}

weak wchar_t *wcsdup(const wchar_t *s)
{
	size_t n = (wcslen(s) + 1) * sizeof *s;
	wchar_t *copy = malloc(n);

	return copy ? wmemcpy(copy, s, n / sizeof *s) : 0;
}
