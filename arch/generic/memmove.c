#include <string.h>
#include "internal/word.h"

/* Copy n bytes between areas that may overlap.
 *
 * When dst is below src, copying front to back never overwrites a source
 * byte before it is read; when dst is above src, copy back to front.  Each
 * direction goes a word at a time when both pointers share their alignment
 * (reading a word before writing it, so overlap within a word is harmless). */
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	int same_alignment = WORD_ALIGNED((uintptr_t)d ^ (uintptr_t)s);

	if (d == s)
		return dst;
	/* Apart: memcpy, the arch's fastest copy.  (As numbers: comparing
	 * pointers into different objects is undefined in C.) */
	if ((uintptr_t)d - (uintptr_t)s >= n && (uintptr_t)s - (uintptr_t)d >= n)
		return memcpy(dst, src, n);
	if (d < s) {
		if (same_alignment) {
			for (; !WORD_ALIGNED(d) && n; n--)
				*d++ = *s++;
			for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE)
				*(word *)d = *(const word *)s;
		}
		for (; n; n--)
			*d++ = *s++;
	} else {
		d += n;
		s += n;
		if (same_alignment) {
			for (; !WORD_ALIGNED(d) && n; n--)
				*--d = *--s;
			for (; n >= WORD_SIZE; n -= WORD_SIZE) {
				d -= WORD_SIZE;
				s -= WORD_SIZE;
				*(word *)d = *(const word *)s;
			}
		}
		for (; n; n--)
			*--d = *--s;
	}
	return dst;
}
