/* Lengths of wide strings. */
#include <wchar.h>
#include "internal/defs.h"

size_t wcslen(const wchar_t *s)
{
	const wchar_t *p = s;

	while (*p)
		p++;
	return p - s;
}

weak size_t wcsnlen(const wchar_t *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}
