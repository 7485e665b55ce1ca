#include <stdint.h>
#include <string.h>

/* Copy a word at a time once both pointers share their alignment, bytes
 * otherwise.  (gcc may turn the byte loop back into a memcpy call; the
 * may_alias word type and -ffreestanding keep this one honest.) */
typedef uintptr_t __attribute__((__may_alias__)) word;

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((uintptr_t)d ^ (uintptr_t)s) & (sizeof(word) - 1)) == 0) {
		for (; ((uintptr_t)d & (sizeof(word) - 1)) && n; n--)
			*d++ = *s++;
		for (; n >= sizeof(word); n -= sizeof(word), d += sizeof(word), s += sizeof(word))
			*(word *)d = *(const word *)s;
	}
	for (; n; n--)
		*d++ = *s++;
	return dst;
}
