#include <stdlib.h>
#include "internal/stdio.h"

/* Flush, close, free.  EOF if the flush or the close failed (the stream
 * is gone either way).  A standard stream's FILE is not freed: it stays,
 * closed, with no descriptor. */
int fclose(FILE *f)
{
	int locked = __lockfile(f), r = 0;

	if (__fflush_unlocked(f))
		r = EOF;
	if (f->close && f->close(f))
		r = EOF;
	__unlockfile(f, locked);
	__stdio_unlink(f);
	if (f->flags & F_PERM) {
		f->fd = -1;
		f->flags |= F_NORD | F_NOWR;
		f->rpos = f->rend = f->wpos = f->wend = 0;
		f->close = 0;
		return r;
	}
	free(f);
	return r;
}
