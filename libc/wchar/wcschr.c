/* Searching wide strings. */
#include <wchar.h>

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
	for (;; s++) {
		if (*s == c)
			return (wchar_t *)s;
		if (!*s)
			return 0;
	}
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *last = 0;

	for (;; s++) {
		if (*s == c)
			last = s;
		if (!*s)
			return (wchar_t *)last;
	}
}

/* Is c one of the characters of set? */
static int in_set(wchar_t c, const wchar_t *set)
{
	for (; *set; set++)
		if (*set == c)
			return 1;
	return 0;
}

size_t wcsspn(const wchar_t *s, const wchar_t *accept)
{
	size_t n = 0;

	while (s[n] && in_set(s[n], accept))
		n++;
	return n;
}

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
	size_t n = 0;

	while (s[n] && !in_set(s[n], reject))
		n++;
	return n;
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept)
{
	s += wcscspn(s, accept);
	return *s ? (wchar_t *)s : 0;
}

/* A plain scan: wide strings are short where taskrt's users search them. */
wchar_t *wcsstr(const wchar_t *haystack, const wchar_t *needle)
{
	size_t n = wcslen(needle);

	for (; *haystack; haystack++)
		if (!wcsncmp(haystack, needle, n))
			return (wchar_t *)haystack;
	return *needle ? 0 : (wchar_t *)haystack;
}

wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict save)
{
	if (!s)
		s = *save;
	s += wcsspn(s, sep);
	if (!*s) {
		*save = s;
		return 0;
	}
	*save = s + wcscspn(s, sep);
	if (**save)
		*(*save)++ = 0;
	return s;
}
