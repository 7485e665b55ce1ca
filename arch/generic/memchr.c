#include <string.h>
#include "internal/word.h"

/* The first byte equal to c among the n at s, or NULL.
 *
 * Bytes until s is word-aligned, then a word at a time: x = w ^ pattern
 * has a zero byte exactly where w holds c.  Whole words are read only while
 * n says they are all inside the object, so nothing past s + n is touched. */
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	unsigned char ch = (unsigned char)c;

	for (; !WORD_ALIGNED(p) && n; p++, n--)
		if (*p == ch)
			return (void *)p;
	if (n >= WORD_SIZE) {
		word pattern = WORD_REPEAT(ch);

		for (; n >= WORD_SIZE; p += WORD_SIZE, n -= WORD_SIZE) {
			word x = *(const word *)p ^ pattern;
			if (WORD_HAS_ZERO(x))
				break;          /* it is in this word */
		}
	}
	for (; n; p++, n--)
		if (*p == ch)
			return (void *)p;
	return NULL;
}
