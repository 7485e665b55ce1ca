#include <string.h>
#include "internal/word.h"

/* Compare as unsigned chars, up to the first difference or terminator.
 *
 * When both pointers share their alignment, skip a word at a time while
 * the words are equal and hold no zero byte (aligned words never cross a
 * page, so reading one past the terminator cannot fault); the bytes then
 * find the exact place, with the right sign on either byte order. */
int strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	if (WORD_ALIGNED((uintptr_t)p ^ (uintptr_t)q)) {
		for (; !WORD_ALIGNED(p); p++, q++)
			if (*p != *q || !*p)
				return *p - *q;
		for (; *(const word *)p == *(const word *)q && !WORD_HAS_ZERO(*(const word *)p);
		     p += WORD_SIZE, q += WORD_SIZE)
			;
	}
	for (; *p == *q && *p; p++, q++)
		;
	return *p - *q;
}
