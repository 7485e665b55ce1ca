/* wcrtomb: one wide character as its multibyte form (UTF-8 in
 * C.UTF-8, one ASCII byte in C), or (size_t)-1 and EILSEQ for one the
 * locale cannot write: a surrogate or a value past U+10FFFF, or anything
 * past 0x7f in C.  No encoding taskrt has shifts state, so the state
 * only has to be the initial one; s NULL answers 1 (the reset "\0"). */
#include <errno.h>
#include <wchar.h>
#include "internal/locale.h"
#include "internal/wchar.h"

size_t __wcrtomb_in(char *restrict s, wchar_t wc, int utf8)
{
	unsigned c = wc;

	if (!s)
		return 1;
	if (c < 0x80) {
		*s = c;
		return 1;
	}
	if (!utf8 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
		errno = EILSEQ;
		return -1;
	}
	if (c < 0x800) {
		s[0] = 0xc0 | c >> 6;
		s[1] = 0x80 | (c & 0x3f);
		return 2;
	}
	if (c < 0x10000) {
		s[0] = 0xe0 | c >> 12;
		s[1] = 0x80 | (c >> 6 & 0x3f);
		s[2] = 0x80 | (c & 0x3f);
		return 3;
	}
	s[0] = 0xf0 | c >> 18;
	s[1] = 0x80 | (c >> 12 & 0x3f);
	s[2] = 0x80 | (c >> 6 & 0x3f);
	s[3] = 0x80 | (c & 0x3f);
	return 4;
}

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict state)
{
	(void)state;
	return __wcrtomb_in(s, wc, __locale_utf8());
}
