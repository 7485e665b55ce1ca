#include <errno.h>
#include <limits.h>
#include "internal/stdio.h"

/* The file's position, less what is read but not taken, plus what is
 * taken but not written (in append mode that lands at the end). */
off_t __ftello_unlocked(FILE *f)
{
	off_t pos;

	if (!f->seek) {
		errno = ESPIPE;
		return -1;
	}
	if (f->wpos && f->wpos != f->buf && (f->flags & F_APPEND))
		pos = f->seek(f, 0, SEEK_END);
	else
		pos = f->seek(f, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	if (f->rend)
		pos -= f->rend - f->rpos;
	else if (f->wpos)
		pos += f->wpos - f->buf;
	return pos;
}

off_t __ftello(FILE *f)
{
	int locked = __lockfile(f);
	off_t r = __ftello_unlocked(f);

	__unlockfile(f, locked);
	return r;
}
weak_alias(__ftello, ftello);

long ftell(FILE *f)
{
	off_t r = __ftello(f);

	if (r > LONG_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return r;
}
