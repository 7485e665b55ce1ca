#include "internal/lock.h"
#include "internal/stdio.h"
#include "internal/pthread.h"

/* The program's own hold on a stream: the same recursive lock the calls
 * take, taken whatever the number of threads (a thread created while the
 * lock is held must still find it held). */
weak void flockfile(FILE *f)
{
	__lockfile_always(f);
}

weak int ftrylockfile(FILE *f)
{
	struct pthread *self = __self();

	if (f->owner != self) {
		if (!__lock_try(&f->lock))
			return -1;
		f->owner = self;
		f->lock_count = 0;
	}
	f->lock_count++;
	return 0;
}

weak void funlockfile(FILE *f)
{
	__unlockfile_always(f);
}
