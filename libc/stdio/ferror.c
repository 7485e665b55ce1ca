#include "internal/stdio.h"

/* The indicators: one word, read or cleared under the lock. */
int feof(FILE *f)
{
	int locked = __lockfile(f), r = !!(f->flags & F_EOF);

	__unlockfile(f, locked);
	return r;
}

int ferror(FILE *f)
{
	int locked = __lockfile(f), r = !!(f->flags & F_ERR);

	__unlockfile(f, locked);
	return r;
}

void clearerr(FILE *f)
{
	int locked = __lockfile(f);

	f->flags &= ~(F_EOF | F_ERR);
	__unlockfile(f, locked);
}
