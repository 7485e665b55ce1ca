/* Whole strings: mbsnrtowcs and wcsnrtombs convert until the null
 * character (which they write, and then set *src to NULL), until the
 * output holds len units (dst non-NULL), until nms/nwc input units are
 * used, or until an invalid character (-1 and EILSEQ, *src at it).
 * With dst NULL they only count, and len is no limit.  mbsrtowcs and
 * wcsrtombs are the same with no input limit. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>
#include "internal/wchar.h"

size_t __mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t len,
                    mbstate_t *restrict state)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0;

	if (!state)
		state = &internal;
	if (!dst)
		len = (size_t)-1;
	while (count < len) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, s, nms, state);
		if (r == (size_t)-1) {
			if (dst)
				*src = s;
			return -1;
		}
		if (r == (size_t)-2) {
			s += nms;     /* the input ended inside a character */
			break;
		}
		if (dst)
			dst[count] = wc;
		if (r == 0) {
			if (dst)
				*src = 0;
			return count;
		}
		s += r;
		nms -= r;
		count++;
	}
	if (dst)
		*src = s;
	return count;
}
weak_alias(__mbsnrtowcs, mbsnrtowcs);

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len, mbstate_t *restrict state)
{
	return __mbsnrtowcs(dst, src, (size_t)-1, len, state);
}

size_t __wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t len,
                    mbstate_t *restrict state)
{
	const wchar_t *w = *src;
	size_t count = 0;
	char buf[4];

	(void)state;
	if (!dst)
		len = (size_t)-1;
	for (; nwc; nwc--, w++) {
		size_t r = wcrtomb(buf, *w, 0);
		if (r == (size_t)-1) {
			if (dst)
				*src = w;
			return -1;
		}
		if (!*w) {
			if (dst) {
				if (count < len)
					dst[count] = 0;
				else
					break;
				*src = 0;
			}
			return count;
		}
		if (r > len - count)
			break;       /* only whole characters go in */
		if (dst)
			memcpy(dst + count, buf, r);
		count += r;
	}
	if (dst)
		*src = w;
	return count;
}
weak_alias(__wcsnrtombs, wcsnrtombs);

size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len, mbstate_t *restrict state)
{
	return __wcsnrtombs(dst, src, (size_t)-1, len, state);
}
