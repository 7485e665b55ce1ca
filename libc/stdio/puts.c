#include <string.h>
#include "internal/stdio.h"

/* The line and its newline under one lock, so two threads' lines never
 * mix.  Returns, as glibc, the bytes written. */
int puts(const char *s)
{
	size_t n = strlen(s);
	int locked = __lockfile(stdout), r = EOF;

	if (__fwritex((const unsigned char *)s, n, stdout) == n
	    && __putc_unlocked('\n', stdout) != EOF)
		r = n + 1 > 0x7fffffff ? 0x7fffffff : (int)n + 1;
	__unlockfile(stdout, locked);
	return r;
}
