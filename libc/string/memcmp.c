#include <string.h>
#include "internal/word.h"

/* Compare n bytes as unsigned chars: <0, 0 or >0.
 *
 * When both pointers share their alignment, skip equal words quickly; the
 * first differing word (or the tail) is then compared byte by byte, which
 * gives the right sign on both little- and big-endian machines. */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	if (WORD_ALIGNED((uintptr_t)p ^ (uintptr_t)q)) {
		for (; !WORD_ALIGNED(p) && n; n--, p++, q++)
			if (*p != *q)
				return *p - *q;
		for (; n >= WORD_SIZE && *(const word *)p == *(const word *)q;
		     n -= WORD_SIZE, p += WORD_SIZE, q += WORD_SIZE)
			;
	}
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}
