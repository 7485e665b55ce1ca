/* The generic __unmapself, for an arch without unmapself.S.
 *
 * A detached thread must free the one mapping that holds its stack and
 * TCB, and C cannot do that itself: once munmap returns, the very next
 * instruction may use the stack that is gone.  The arch's few lines of
 * assembly (unmap, then exit, with nothing in memory in between) are the
 * real answer.  Without them, the exiting thread hands the unmapping to a
 * reaper: a bare thread on a small static stack, which waits until the
 * kernel says the exiting thread is gone, unmaps its mapping and exits.
 *
 * The kernel says when with two clear-tid words, which it zeroes and
 * futex-wakes (a shared wake) once a thread has exited for good:
 *   dying   the exiting thread's (set_tid_address): after it reads 0,
 *           nothing uses that stack any more;
 *   reaper  the reaper's own (CLONE_CHILD_CLEARTID): after it reads 0,
 *           the static stack and `job` are free for the next hand-over.
 * `lock` admits one hand-over at a time; the exiting thread takes it and
 * the reaper, done with `job`, gives it back.  The reaper never touches
 * the exiting thread's TCB (it shares its thread pointer: no CLONE_SETTLS)
 * and runs with every signal blocked, as pthread_exit left them.
 *
 * The price: a detached thread's exit costs a second clone.  If that
 * clone fails, the mapping stays (leaked, never reused): still safe.
 */
#include "internal/futex.h"
#include "internal/lock.h"
#include "internal/pthread.h"

#define REAPER_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
	CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

static volatile int lock, dying, reaper;
static struct { void *base; size_t size; } job;
static char stack[4096] __attribute__((__aligned__(16)));

/* Sleep until the kernel zeroes a clear-tid word. */
static void wait_gone(volatile int *word)
{
	int tid;

	while ((tid = __atomic_load_n(word, __ATOMIC_ACQUIRE)))
		__futex_wait(word, tid, 0, 0);
}

static int reap(void *unused)
{
	(void)unused;
	wait_gone(&dying);
	__syscall(SYS_munmap, job.base, job.size);
	__unlock(&lock);
	return 0;                /* __clone's child exits: the kernel zeroes reaper */
}

_Noreturn void __unmapself(void *base, size_t size)
{
	__lock(&lock);
	wait_gone(&reaper);      /* the last reaper is off the stack */
	job.base = base;
	job.size = size;
	dying = __syscall(SYS_set_tid_address, &dying);
	if (__clone(reap, stack + sizeof stack, REAPER_FLAGS, 0,
	            (pid_t *)&reaper, 0, (pid_t *)&reaper) < 0)
		__unlock(&lock);
	for (;;)
		__syscall(SYS_exit, 0);
}
