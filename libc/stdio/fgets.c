#include <string.h>
#include "internal/stdio.h"

/* At most n - 1 bytes, up to and with the first newline, and a NUL.  NULL
 * if nothing was read (end of file or error; the array is then left as
 * it was, as glibc does at the end of the file).  n == 1 reads nothing
 * and stores the empty string, as glibc. */
char *__fgets_unlocked(char *restrict s, int n, FILE *restrict f)
{
	char *p = s;
	unsigned char *nl;
	size_t k;
	int c;

	if (n <= 0)
		return 0;
	while (--n) {
		k = f->rend - f->rpos;
		if (!k) {
			if ((c = __uflow(f)) == EOF)
				break;
			*p++ = c;
			if (c == '\n')
				break;
			continue;
		}
		if (k > (size_t)n)
			k = n;
		nl = memchr(f->rpos, '\n', k);
		if (nl)
			k = nl - f->rpos + 1;
		memcpy(p, f->rpos, k);
		f->rpos += k;
		p += k;
		n -= k - 1;
		if (nl)
			break;
	}
	if (p == s && n)
		return 0;
	*p = 0;
	return s;
}
weak_alias(__fgets_unlocked, fgets_unlocked);

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	int locked = __lockfile(f);

	s = __fgets_unlocked(s, n, f);
	__unlockfile(f, locked);
	return s;
}
