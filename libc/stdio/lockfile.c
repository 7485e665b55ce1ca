/* The stream locks.
 *
 * A stream's lock is recursive: the owner (its thread's TCB) and a count
 * in front of an internal futex lock.  flockfile takes it always.  The
 * per-call lock of every other function is taken only once a second
 * thread may exist, which the main thread's tid tells: it stays 0 until
 * the first pthread_create, which sets it before the clone, and every
 * other thread's is set (CLONE_PARENT_SETTID) before that thread runs.
 * So a program of one thread pays one load and one branch per call, and a
 * thread can never see "no threads" while another one exists. */
#include "internal/lock.h"
#include "internal/pthread.h"
#include "internal/stdio.h"

/* The list of open streams other than the standard three. */
FILE *__stdio_head;
volatile int __stdio_list_lock;

static FILE *none;
weak_alias(none, __stdin_used);
weak_alias(none, __stdout_used);
weak_alias(none, __stderr_used);

void __lockfile_always(FILE *f)
{
	struct pthread *self = __self();

	if (f->owner == self) {         /* only we can have stored self there */
		f->lock_count++;
		return;
	}
	__lock(&f->lock);
	f->owner = self;
	f->lock_count = 1;
}

void __unlockfile_always(FILE *f)
{
	if (--f->lock_count)
		return;
	f->owner = 0;
	__unlock(&f->lock);
}

int __lockfile(FILE *f)
{
	if (!__self()->tid)
		return 0;
	__lockfile_always(f);
	return 1;
}

void __unlockfile(FILE *f, int locked)
{
	if (locked)
		__unlockfile_always(f);
}

/* fork: every stream's lock (and the list's) is taken before, so that no
 * other thread is inside a stdio call at the copy, and given back after,
 * in the parent and in the child alike: the child's only thread is the
 * owner, and a futex wake there finds nobody. */
static void each(int when)
{
	FILE *std[3] = { __stdin_used, __stdout_used, __stderr_used }, *f;

	for (int i = 0; i < 3; i++)
		if (std[i])
			when == FORK_PREPARE ? __lockfile_always(std[i]) : __unlockfile_always(std[i]);
	for (f = __stdio_head; f; f = f->next)
		when == FORK_PREPARE ? __lockfile_always(f) : __unlockfile_always(f);
}

void __stdio_fork(int when)
{
	if (when == FORK_PREPARE) {
		__lock(&__stdio_list_lock);
		each(when);
	} else {
		each(when);
		__lock_fork(&__stdio_list_lock, when);
	}
}
