#include <string.h>
#include "internal/word.h"

/* Compare n bytes as unsigned chars: <0, 0 or >0.
 *
 * Skip equal words quickly: once p is word-aligned, its words are loaded
 * directly and q's through a word-sized copy, which is one load where
 * the arch allows unaligned ones and a few byte loads where it does not.
 * The first differing word (or the tail) is then compared byte by byte,
 * which gives the right sign on both little- and big-endian machines. */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; !WORD_ALIGNED(p) && n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	for (; n >= WORD_SIZE; n -= WORD_SIZE, p += WORD_SIZE, q += WORD_SIZE)
		if (*(const word *)p != word_load(q))
			break;
	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}
