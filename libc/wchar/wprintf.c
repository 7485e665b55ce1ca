/* Wide formatted output: the format is converted to its multibyte form
 * and printed by the byte printf (streams have no orientation in taskrt,
 * see fgetwc.c), so a stream receives the bytes glibc's wide printf
 * writes in a UTF-8 locale, and %s, %c, %ls, %lc mean what C says they
 * mean in a wide format.  Two counts differ from glibc's where the text
 * is not ASCII: a width or precision of %s and %ls counts bytes, not
 * wide characters, and a stream call returns the bytes it wrote.
 * swprintf's result and limit are in wide characters, as C says. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include "internal/stdio.h"

/* The multibyte form of the wide format wfmt: in buf (of n bytes) when it
 * fits, else in memory from malloc; NULL (errno EILSEQ or ENOMEM) when
 * it is no text or the memory is not there. */
static char *narrow(const wchar_t *wfmt, char *buf, size_t n)
{
	mbstate_t st = { 0 };
	const wchar_t *p = wfmt;
	size_t len = wcsrtombs(NULL, &p, 0, &st);
	char *s = buf;

	if (len == (size_t)-1)
		return NULL;
	if (len >= n && !(s = malloc(len + 1)))
		return NULL;
	p = wfmt;
	wcsrtombs(s, &p, len + 1, &st);
	return s;
}

int vfwprintf(FILE *restrict f, const wchar_t *restrict wfmt, va_list ap)
{
	char buf[256];
	char *fmt = narrow(wfmt, buf, sizeof buf);
	int r;

	if (!fmt)
		return -1;
	r = __vfprintf(f, fmt, ap);
	if (fmt != buf)
		free(fmt);
	return r;
}

int vwprintf(const wchar_t *restrict wfmt, va_list ap)
{
	return vfwprintf(stdout, wfmt, ap);
}

int fwprintf(FILE *restrict f, const wchar_t *restrict wfmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, wfmt);
	r = vfwprintf(f, wfmt, ap);
	va_end(ap);
	return r;
}

int wprintf(const wchar_t *restrict wfmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, wfmt);
	r = vfwprintf(stdout, wfmt, ap);
	va_end(ap);
	return r;
}

/* At most n wide characters, the terminating null included; a result
 * that needs more fails with -1 (C leaves the array's contents open:
 * here the first n - 1 characters and a null). */
int vswprintf(wchar_t *restrict ws, size_t n, const wchar_t *restrict wfmt, va_list ap)
{
	char buf[256];
	char *fmt = narrow(wfmt, buf, sizeof buf), *text;
	const char *p;
	mbstate_t st = { 0 };
	va_list again;
	int len;
	size_t m;

	if (!fmt)
		return -1;
	va_copy(again, ap);
	len = vsnprintf(NULL, 0, fmt, ap);
	text = len < 0 ? NULL : malloc((size_t)len + 1);
	if (text)
		vsnprintf(text, (size_t)len + 1, fmt, again);
	va_end(again);
	if (fmt != buf)
		free(fmt);
	if (!text)
		return -1;
	p = text;
	m = mbsrtowcs(NULL, &p, 0, &st);
	if (m != (size_t)-1 && n) {
		p = text;
		mbsrtowcs(ws, &p, n, &st);
		ws[m < n ? m : n - 1] = 0;
	}
	free(text);
	if (m == (size_t)-1 || m >= n) {
		if (m != (size_t)-1)
			errno = EOVERFLOW;
		return -1;
	}
	return (int)m;
}

int swprintf(wchar_t *restrict ws, size_t n, const wchar_t *restrict wfmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, wfmt);
	r = vswprintf(ws, n, wfmt, ap);
	va_end(ap);
	return r;
}
