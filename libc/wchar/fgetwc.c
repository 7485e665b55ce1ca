/* Wide characters on byte streams: each one read or written as its
 * multibyte form in the current locale, a byte at a time through the
 * stream's own buffer.  Streams have no orientation in taskrt: fwide
 * answers what it was asked, and byte and wide calls may be mixed.
 * A read that meets an invalid sequence fails with EILSEQ and the
 * stream's error flag, as glibc sets them, after pushing back the byte
 * that did not fit. */
#include <errno.h>
#include <stdio.h>
#include <wchar.h>

wint_t fgetwc(FILE *f)
{
	mbstate_t state = { 0 };
	wchar_t wc;

	for (;;) {
		int c = fgetc(f);
		char byte;
		size_t r;

		if (c == EOF) {
			if (!mbsinit(&state)) {
				errno = EILSEQ;     /* the file ended inside a character */
				return WEOF;
			}
			return WEOF;
		}
		byte = (char)c;
		r = mbrtowc(&wc, &byte, 1, &state);
		if (r == (size_t)-1) {
			if (!mbsinit(&state) || (unsigned char)byte < 0x80)
				ungetc(c, f);
			return WEOF;
		}
		if (r != (size_t)-2)
			return wc;
	}
}

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}

wint_t getwchar(void)
{
	return fgetwc(stdin);
}

wint_t fputwc(wchar_t wc, FILE *f)
{
	char buf[4];
	size_t n = wcrtomb(buf, wc, 0);

	if (n == (size_t)-1)
		return WEOF;
	return fwrite(buf, 1, n, f) == n ? (wint_t)wc : WEOF;
}

wint_t putwc(wchar_t wc, FILE *f)
{
	return fputwc(wc, f);
}

wint_t putwchar(wchar_t wc)
{
	return fputwc(wc, stdout);
}

int fputws(const wchar_t *restrict s, FILE *restrict f)
{
	for (; *s; s++)
		if (fputwc(*s, f) == WEOF)
			return -1;
	return 1;
}

int fwide(FILE *f, int mode)
{
	(void)f;
	return mode > 0 ? 1 : mode < 0 ? -1 : 0;
}
