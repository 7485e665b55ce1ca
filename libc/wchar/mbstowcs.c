/* mbstowcs and wcstombs: mbsrtowcs and wcsrtombs from the initial state,
 * without the pointer to advance. */
#include <stdlib.h>
#include <wchar.h>

size_t mbstowcs(wchar_t *restrict dst, const char *restrict src, size_t n)
{
	mbstate_t state = { 0 };
	const char *s = src;
	return mbsrtowcs(dst, &s, n, &state);
}

size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t n)
{
	mbstate_t state = { 0 };
	const wchar_t *s = src;
	return wcsrtombs(dst, &s, n, &state);
}
