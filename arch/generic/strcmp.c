#include <string.h>
#include "internal/word.h"

/* Compare as unsigned chars, up to the first difference or terminator.
 *
 * Once a is word-aligned, skip a word at a time while the words are equal
 * and hold no zero byte.  a's word is aligned, so it never crosses a page
 * and reading past the terminator cannot fault.  b's word may be
 * unaligned (read through a word-sized copy: one load where the arch
 * allows it); it is read only when it lies inside one 4096-byte block,
 * so it cannot cross a page either (pages are 4096 bytes or a multiple);
 * otherwise that word's bytes are compared one by one.  The bytes then
 * find the exact place, with the right sign on either byte order. */
int strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	word x;

	for (; !WORD_ALIGNED(p); p++, q++)
		if (*p != *q || !*p)
			return *p - *q;
	for (;;) {
		/* b's whole words before its next 4096-byte boundary */
		size_t safe = (4096 - ((uintptr_t)q & 4095)) / WORD_SIZE;

		for (; safe; safe--, p += WORD_SIZE, q += WORD_SIZE) {
			x = *(const word *)p;
			if (x != word_load(q) || WORD_HAS_ZERO(x))
				goto bytes;
		}
		/* a word of b across the boundary: its bytes one by one */
		for (unsigned i = 0; i < WORD_SIZE; i++, p++, q++)
			if (*p != *q || !*p)
				return *p - *q;
	}
bytes:
	for (; *p == *q && *p; p++, q++)
		;
	return *p - *q;
}
