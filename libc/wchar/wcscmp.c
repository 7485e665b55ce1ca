/* Comparing wide strings: as unsigned code points (wchar_t is signed
 * here, but no character is negative), and, in taskrt's locales whose
 * collation is the code point order, wcscoll and wcsxfrm the same way. */
#include <wchar.h>
#include <wctype.h>
#include "internal/defs.h"

static int order(wchar_t a, wchar_t b)
{
	return (unsigned)a < (unsigned)b ? -1 : (unsigned)a > (unsigned)b;
}

int wcscmp(const wchar_t *a, const wchar_t *b)
{
	for (; *a && *a == *b; b++)
		a++;
	return order(*a, *b);
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++)
		if (*a != *b || !*a)
			return order(*a, *b);
	return 0;
}

int wcscoll(const wchar_t *a, const wchar_t *b)
{
	return wcscmp(a, b);
}

/* The transform is the string itself: its length, and a copy if it fits. */
size_t wcsxfrm(wchar_t *restrict dst, const wchar_t *restrict src, size_t n)
{
	size_t len = wcslen(src);

	if (len < n)
		wcscpy(dst, src);
	return len;
}

weak int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++) {
		wint_t x = towlower(*a), y = towlower(*b);
		if (x != y || !*a)
			return x < y ? -1 : x > y;
	}
	return 0;
}

weak int wcscasecmp(const wchar_t *a, const wchar_t *b)
{
	return wcsncasecmp(a, b, (size_t)-1);
}
