/* Wide-character arrays of known length. */
#include <string.h>
#include <wchar.h>

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n)
{
	for (; n; n--, s++)
		if (*s == c)
			return (wchar_t *)s;
	return 0;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++)
		if (*a != *b)
			return (unsigned)*a < (unsigned)*b ? -1 : 1;
	return 0;
}

wchar_t *wmemcpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	return memcpy(dst, src, n * sizeof *src);
}

wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n)
{
	return memmove(dst, src, n * sizeof *src);
}

wchar_t *wmemset(wchar_t *s, wchar_t c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		s[i] = c;
	return s;
}
