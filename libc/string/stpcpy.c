#include <string.h>
#include "internal/word.h"
#include "internal/defs.h"

/* Copy s, terminator included, and return the end of the copy (where its
 * terminator is).  strcpy and strcat are built on this one.
 *
 * When both pointers share their alignment, copy a word at a time for as
 * long as the source word holds no zero byte. */
char *__stpcpy(char *restrict d, const char *restrict s)
{
	if (WORD_ALIGNED((uintptr_t)d ^ (uintptr_t)s)) {
		word *wd;
		const word *ws;

		for (; !WORD_ALIGNED(s); s++, d++)
			if (!(*d = *s))
				return d;
		wd = (word *)d;
		ws = (const word *)s;
		for (; !WORD_HAS_ZERO(*ws); ws++, wd++)
			*wd = *ws;
		d = (char *)wd;
		s = (const char *)ws;
	}
	for (; (*d = *s); s++, d++)
		;
	return d;
}
weak_alias(__stpcpy, stpcpy);
