/* pthread_exit: cleanup handlers and key destructors, then either the whole process (the last
 * thread ends it as exit(0) would), or this thread alone: a joinable thread
 * leaves its TCB for pthread_join; a detached one unmaps its own stack.
 *
 * Exactly one party frees a thread's mapping.  detach_state decides who,
 * in one compare-and-swap each: the thread moves JOINABLE -> EXITING here,
 * pthread_detach moves JOINABLE -> DETACHED.  Whoever finds the other's
 * value lost the race: a detach that finds EXITING joins (and frees) the
 * thread itself; an exit that finds DETACHED frees its own mapping. */
#include <pthread.h>
#include <stdlib.h>
#include "internal/defs.h"
#include "internal/malloc.h"
#include "internal/pthread.h"

static void no_destructors(struct pthread *self) { (void)self; }
weak_alias(no_destructors, __pthread_tsd_run_destructors);
weak_alias(no_destructors, __pthread_cleanup_run);

weak_alias(no_destructors, __robust_exit);
/* Waiting for the calls that hold our tid (thread/tid.c): only a program
 * that links tid.c has such calls (pthread_kill, pthread_setname_np...),
 * and tid.c's retire replaces this stand-in there. */
weak_alias(no_destructors, __thread_tid_retire);
/* A detached thread's end (thread/detach.c): only a program that links
 * detach.c -- pthread_detach, pthread_attr_setdetachstate -- can have a
 * detached thread, and detach.c's end replaces this stand-in there. */
weak_alias(no_destructors, __thread_exit_detached);
/* The thread's malloc cache back to the shared regions (malloc.c): only
 * a program that links malloc has one. */
static void no_cache(void) { }
weak_alias(no_cache, __malloc_thread_exit);

_Noreturn void __pthread_exit(void *result)
{
	struct pthread *self = __self();
	int state = DETACH_JOINABLE;

	/* No cancel acts in the handlers and destructors (POSIX leaves it
	 * open; glibc and musl do the same): the thread is exiting already. */
	self->cancel_disable = PTHREAD_CANCEL_DISABLE;
	__pthread_cleanup_run(self);
	__pthread_tsd_run_destructors(self);
	__malloc_thread_exit();
	self->result = result;
	if (__atomic_fetch_sub(&__threads_besides_one, 1, __ATOMIC_ACQ_REL) == 0) {
		__threads_besides_one = 0;
		exit(0);
	}
	/* From here on no call reaches our tid (thread/tid.c): the kernel
	 * may give it to a new thread as soon as we are gone. */
	__thread_tid_retire(self);
	/* Joinable -> exiting, unless someone detached us first.  (A detach
	 * that finds us exiting joins us instead.) */
	if (!__atomic_compare_exchange_n(&self->detach_state, &state, DETACH_EXITING, 0,
	                                 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
	    && state == DETACH_DETACHED)
		__thread_exit_detached(self);   /* (returns only without a mapping) */
	for (;;)
		__syscall(SYS_exit, 0);
}
weak_alias(__pthread_exit, pthread_exit);
