#include <stdint.h>
#include <string.h>

typedef uintptr_t __attribute__((__may_alias__)) word;

/* Fill bytes up to a word boundary, then whole words, then the tail. */
void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	word fill = (unsigned char)c * ((word)-1 / 0xff);   /* c in every byte */

	for (; ((uintptr_t)d & (sizeof(word) - 1)) && n; n--)
		*d++ = (unsigned char)c;
	for (; n >= sizeof(word); n -= sizeof(word), d += sizeof(word))
		*(word *)d = fill;
	for (; n; n--)
		*d++ = (unsigned char)c;
	return dst;
}
