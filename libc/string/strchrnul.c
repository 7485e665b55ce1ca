#include <string.h>
#include "internal/word.h"
#include "internal/defs.h"

/* The first c in s, or the terminating zero if there is none.
 * strchr and strrchr are built on this one.
 *
 * Like strlen, a word at a time once aligned: stop at the first word that
 * holds either a zero byte or a byte equal to c (w ^ pattern has a zero
 * byte there), then finish with bytes. */
char *__strchrnul(const char *s, int c)
{
	unsigned char ch = (unsigned char)c;
	const word *w;
	word pattern = WORD_REPEAT(ch);

	if (!ch)
		return (char *)s + strlen(s);
	for (; !WORD_ALIGNED(s); s++)
		if (!*s || *(const unsigned char *)s == ch)
			return (char *)s;
	for (w = (const word *)s; !WORD_HAS_ZERO(*w) && !WORD_HAS_ZERO(*w ^ pattern); w++)
		;
	for (s = (const char *)w; *s && *(const unsigned char *)s != ch; s++)
		;
	return (char *)s;
}
weak_alias(__strchrnul, strchrnul);
