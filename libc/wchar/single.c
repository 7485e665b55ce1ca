/* The one-character conversions: btowc, wctob, mbsinit, mbrlen, and the
 * <stdlib.h> forms mblen, mbtowc, wctomb with their own hidden states.
 * No encoding taskrt has is stateful, so s NULL answers 0 there. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include "internal/locale.h"

/* A single byte is a character only below 0x80 in both locales (in
 * UTF-8 every other byte begins or continues a longer sequence). */
wint_t btowc(int c)
{
	return c >= 0 && c < 0x80 ? (wint_t)c : WEOF;
}

int wctob(wint_t c)
{
	return c < 0x80 ? (int)c : EOF;
}

int mbsinit(const mbstate_t *state)
{
	return !state || !state->__count;
}

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict state)
{
	static mbstate_t internal;
	return mbrtowc(0, s, n, state ? state : &internal);
}

size_t __ctype_get_mb_cur_max(void)
{
	return __locale_utf8() ? 6 : 1;
}

int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n)
{
	static mbstate_t internal;
	size_t r;

	if (!s)
		return 0;
	r = mbrtowc(wc, s, n, &internal);
	if (r == (size_t)-2) {
		internal = (mbstate_t){ 0 };
		errno = EILSEQ;   /* an incomplete character is an invalid one here */
		return -1;
	}
	return (int)r;
}

int mblen(const char *s, size_t n)
{
	return mbtowc(0, s, n);
}

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	return (int)wcrtomb(s, wc, 0);
}
