/* mbrtowc: one character from at most n bytes, resumable.
 *
 * In C.UTF-8 a character is 1 to 4 bytes: a lead byte 0xxxxxxx,
 * 110xxxxx, 1110xxxx or 11110xxx, then 10xxxxxx continuations.  Every
 * form that is not the shortest for its value (an "overlong" form), a
 * surrogate (U+D800..U+DFFF) or a value past U+10FFFF is EILSEQ, as are a
 * stray continuation byte and a lead byte 0xf8..0xff.  In C, one byte is
 * one character and a byte above 0x7f is EILSEQ (glibc's C locale).
 *
 * The state keeps what a call ended in the middle of: the bits so far,
 * the continuation bytes still owed, and the sequence's length (which
 * fixes the least value it may encode).  Returns the bytes this call
 * used, 0 for the null character, (size_t)-2 when n ran out inside a
 * character (all n used, the state holding them), (size_t)-1 and EILSEQ
 * for an invalid sequence (the state is then undefined, as C says). */
#include <errno.h>
#include <wchar.h>
#include "internal/locale.h"
#include "internal/wchar.h"

size_t __mbrtowc_in(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict state,
                    int utf8)
{
	static mbstate_t internal;
	static const unsigned least[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	const unsigned char *p = (const unsigned char *)s;
	unsigned value, count, length;
	size_t used = 0;

	if (!state)
		state = &internal;
	if (!s) {
		/* mbrtowc(NULL, "", 1, state): back to the initial state,
		 * which an unfinished character makes invalid */
		if (state->__count) {
			*state = (mbstate_t){ 0 };
			errno = EILSEQ;
			return -1;
		}
		return 0;
	}
	if (!n)
		return -2;
	value = state->__value;
	count = state->__count;
	length = state->__length;
	if (!count) {
		unsigned c = *p++;
		used = 1;
		if (c < 0x80) {
			if (wc)
				*wc = c;
			return c ? 1 : 0;
		}
		if (!utf8 || c < 0xc2 || c > 0xf4)
			goto invalid;   /* not UTF-8, a continuation, or overlong/too big at once */
		length = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
		count = length - 1;
		value = c & (0x7f >> length);
	}
	for (; count && used < n; count--, used++) {
		unsigned c = *p++;
		if ((c & 0xc0) != 0x80)
			goto invalid;
		value = value << 6 | (c & 0x3f);
		/* the first continuation already tells an overlong form, a
		 * surrogate or a value too big: refuse it there, as glibc does */
		if (count == length - 1 && ((value << 6 * (count - 1)) < least[length]
		                            || (value << 6 * (count - 1)) > 0x10ffff
		                            || ((value << 6 * (count - 1)) & 0xfff800) == 0xd800))
			goto invalid;
	}
	if (count) {
		state->__value = value;
		state->__count = count;
		state->__length = length;
		return -2;
	}
	*state = (mbstate_t){ 0 };
	if (wc)
		*wc = value;
	return value ? used : 0;
invalid:
	*state = (mbstate_t){ 0 };
	errno = EILSEQ;
	return -1;
}

size_t mbrtowc(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict state)
{
	return __mbrtowc_in(wc, s, n, state, __locale_utf8());
}
