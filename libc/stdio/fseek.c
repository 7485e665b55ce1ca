#include <errno.h>
#include <limits.h>
#include "internal/stdio.h"

/* Any position the file accepts, past the end included.  Pending output
 * goes out first, unread input is forgotten (SEEK_CUR counts from the
 * program's position, not the file's), and the end-of-file indicator is
 * cleared, as is what ungetc pushed back. */
int __fseeko_unlocked(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (whence == SEEK_CUR && f->rend)
		off -= f->rend - f->rpos;
	if (f->wend && __fflush_unlocked(f))
		return -1;
	if (!f->seek) {
		errno = ESPIPE;
		return -1;
	}
	if (f->seek(f, off, whence) < 0)
		return -1;
	f->rpos = f->rend = f->wpos = f->wend = 0;
	f->flags &= ~F_EOF;
	return 0;
}

int __fseeko(FILE *f, off_t off, int whence)
{
	int locked = __lockfile(f), r = __fseeko_unlocked(f, off, whence);

	__unlockfile(f, locked);
	return r;
}
weak_alias(__fseeko, fseeko);

int fseek(FILE *f, long off, int whence)
{
	return __fseeko(f, off, whence);
}

void rewind(FILE *f)
{
	int locked = __lockfile(f);

	__fseeko_unlocked(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
	__unlockfile(f, locked);
}
