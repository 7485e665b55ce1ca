/* pthread_mutex_t's kinds beyond the three-state word of thread/lock.c.
 *
 * __type holds the POSIX type (normal, recursive, errorcheck) in its low
 * bits and these flags above it.  A mutex with any of them keeps its
 * owner's tid in __lock, as the kernel wants it for robust lists and PI
 * futexes, and takes the slow path of thread/mutex_owner.c; a mutex
 * without them never looks at them (thread/mutex.c's fast path compares
 * __type with 0 as it always did). */
#ifndef _TASKRT_INTERNAL_MUTEX_H
#define _TASKRT_INTERNAL_MUTEX_H

#include <pthread.h>
#include <time.h>
#include "defs.h"

#define MUTEX_TYPE_MASK 3        /* PTHREAD_MUTEX_NORMAL .. ERRORCHECK */
#define MUTEX_ROBUST    4        /* on the owner's robust list */
#define MUTEX_PI        8        /* PTHREAD_PRIO_INHERIT: FUTEX_LOCK_PI */
#define MUTEX_PP        16       /* PTHREAD_PRIO_PROTECT: the ceiling */
#define MUTEX_OWNER_WORD (MUTEX_ROBUST | MUTEX_PI | MUTEX_PP)

/* __state of a robust mutex. */
enum { MUTEX_CONSISTENT, MUTEX_INCONSISTENT, MUTEX_NOTRECOVERABLE };

/* lock/trylock/clocklock and unlock of an owner-word mutex (weak in
 * thread/mutex.c: only a program that set one of the attributes, in
 * thread/mutex_owner.c, links them). */
hidden int __mutex_owner_lock(pthread_mutex_t *m, clockid_t clock, const struct timespec *at, int try);
hidden int __mutex_owner_unlock(pthread_mutex_t *m);
/* Public, each with a glibc _np twin (thread/mutex_owner.c). */
hidden int __pthread_mutex_consistent(pthread_mutex_t *m);
hidden int __pthread_mutexattr_setrobust(pthread_mutexattr_t *a, int robust);
hidden int __pthread_mutexattr_getrobust(const pthread_mutexattr_t *restrict a, int *restrict robust);

/* The kernel's robust list (thread/robust.c).  Each robust mutex the
 * thread holds is a node, its __robust_next/__robust_prev; the kernel
 * follows only `next`, and finds the lock word at node + futex_offset. */
struct robust_node {
	struct robust_node *next, *prev;
};
/* Register the calling thread's list with the kernel if this thread (this
 * tid: a forked child is a new one) has not yet: 0, or -ENOSYS. */
hidden int __robust_register(void);
/* Around taking a robust mutex: announce it (list_op_pending), then add
 * it once it is ours, or forget it if it was not taken. */
hidden void __robust_pending(pthread_mutex_t *m);
hidden void __robust_add(pthread_mutex_t *m);
hidden void __robust_remove(pthread_mutex_t *m);
hidden void __robust_done(void);

/* PTHREAD_PRIO_PROTECT: raise the caller to a ceiling, and give back
 * what it had (thread/mutex_ceiling.c); the holder keeps `saved` in the
 * mutex's __owner. */
hidden int __mutex_ceiling_raise(int ceiling, int *saved);
hidden void __mutex_ceiling_restore(int saved);

#endif
