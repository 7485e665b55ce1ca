#include <errno.h>
#include <string.h>
#include "internal/stdio.h"

/* What the buffer holds first; then, for what is left, either straight
 * into the caller's array (a request at least as large as the buffer) or
 * one refill after another.  Returns the whole items read.  As with
 * fwrite, a size * count that overflows is EOVERFLOW. */
size_t __fread_unlocked(void *restrict p, size_t size, size_t count, FILE *restrict f)
{
	unsigned char *d = p;
	size_t n, left, k;
	int c;

	if (__builtin_mul_overflow(size, count, &n)) {
		errno = EOVERFLOW;
		return 0;
	}
	if (!n)
		return 0;
	if (!f->rend && __toread(f))
		return 0;
	for (left = n; left; ) {
		k = f->rend - f->rpos;
		if (k) {
			k = k < left ? k : left;
			memcpy(d, f->rpos, k);
			f->rpos += k;
			d += k;
			left -= k;
			continue;
		}
		if (left >= f->size && !(f->flags & F_EOF) && f->mode != _IONBF) {
			ssize_t r = f->read(f, d, left);
			if (r <= 0) {
				f->flags |= r ? F_ERR : F_EOF;
				break;
			}
			d += r;
			left -= r;
			continue;
		}
		if ((c = __uflow(f)) == EOF)
			break;
		*d++ = c;
		left--;
	}
	return (n - left) / size;
}
weak_alias(__fread_unlocked, fread_unlocked);

size_t fread(void *restrict p, size_t size, size_t count, FILE *restrict f)
{
	int locked = __lockfile(f);

	count = __fread_unlocked(p, size, count, f);
	__unlockfile(f, locked);
	return count;
}
