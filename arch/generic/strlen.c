#include <string.h>
#include "internal/word.h"

/* Bytes until s is word-aligned, then a word at a time until a word holds
 * a zero byte, then bytes again to find which one.
 *
 * The word loop may read a few bytes past the terminator, but never past
 * the aligned word that holds it: an aligned word never straddles a page,
 * so this cannot fault.  (Every fast libc does the same.) */
size_t strlen(const char *s)
{
	const char *p = s;
	const word *w;

	for (; !WORD_ALIGNED(p); p++)
		if (!*p)
			return p - s;
	for (w = (const word *)p; !WORD_HAS_ZERO(*w); w++)
		;
	for (p = (const char *)w; *p; p++)
		;
	return p - s;
}
