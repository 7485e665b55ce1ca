#include "internal/format.h"

/* UTF-8: 7 bits in one byte, 11 in two, 16 in three, 21 in four; the
 * first byte says how many by its leading ones, each next byte is
 * 10xxxxxx.  Surrogates (U+D800..U+DFFF) and anything past U+10FFFF are
 * no characters. */
size_t __utf8_encode(char *buf, unsigned c)
{
	size_t n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4, i;

	if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000))
		return 0;
	for (i = n; --i; c >>= 6)
		buf[i] = 0x80 | (c & 0x3f);
	buf[0] = n == 1 ? c : (0xf00 >> n) | c;
	return n;
}
