/* POSIX threads.  The types are plain structs (their fields are taskrt's
 * own: use the functions), sized and laid out the same on every arch. */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#include <features.h>

#include <bits/types.h>
#include <bits/stack_min.h>
#include <sched.h>
#include <signal.h>
#include <time.h>

typedef struct pthread *pthread_t;

typedef struct {
	size_t __stack_size, __guard_size;
	void *__stack;                      /* lowest address, with pthread_attr_setstack */
	int __detach, __scope, __inherit, __policy, __priority;
	/* pthread_attr_setaffinity_np's CPU set, a copy of __cpusetsize
	 * bytes the attribute owns (NULL: none, the creator's); freed by
	 * pthread_attr_destroy. */
	size_t __cpusetsize;
	void *__cpuset;
} pthread_attr_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#define PTHREAD_SCOPE_SYSTEM    0
#define PTHREAD_SCOPE_PROCESS   1
#define PTHREAD_INHERIT_SCHED   0
#define PTHREAD_EXPLICIT_SCHED  1
#define PTHREAD_CANCELED        ((void *)-1)
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_KEYS_MAX        128
#define PTHREAD_STACK_MIN       __TASKRT_STACK_MIN   /* <bits/stack_min.h> */

/* Lifecycle (thread/). */
int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
                   void *(*start)(void *), void *restrict arg);
int pthread_join(pthread_t thread, void **result);
#ifdef __TASKRT_GNU
int pthread_tryjoin_np(pthread_t thread, void **result);
int pthread_timedjoin_np(pthread_t thread, void **result, const struct timespec *abstime);
int pthread_clockjoin_np(pthread_t thread, void **result, clockid_t clock,
                         const struct timespec *abstime);
#endif
int pthread_detach(pthread_t thread);
_Noreturn void pthread_exit(void *result);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);
#ifdef __TASKRT_GNU
int pthread_getattr_np(pthread_t thread, pthread_attr_t *attr);
#endif
/* Handlers fork() runs: prepare (newest first) before it, parent and child
 * (oldest first) after it, in each process.  Any may be NULL. */
int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void));
/* The defaults for threads created without an attr (glibc's _np names). */
#ifdef __TASKRT_GNU
int pthread_setattr_default_np(const pthread_attr_t *attr);
int pthread_getattr_default_np(pthread_attr_t *attr);
#endif

int pthread_attr_init(pthread_attr_t *attr);
int pthread_attr_destroy(pthread_attr_t *attr);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size);
int pthread_attr_getstacksize(const pthread_attr_t *restrict attr, size_t *restrict size);
int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size);
int pthread_attr_getguardsize(const pthread_attr_t *restrict attr, size_t *restrict size);
int pthread_attr_setdetachstate(pthread_attr_t *attr, int state);
int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state);
int pthread_attr_setstack(pthread_attr_t *attr, void *stack, size_t size);
int pthread_attr_getstack(const pthread_attr_t *restrict attr, void **restrict stack, size_t *restrict size);
int pthread_attr_setscope(pthread_attr_t *attr, int scope);
int pthread_attr_getscope(const pthread_attr_t *restrict attr, int *restrict scope);
int pthread_attr_setinheritsched(pthread_attr_t *attr, int inherit);
int pthread_attr_getinheritsched(const pthread_attr_t *restrict attr, int *restrict inherit);
int pthread_attr_setschedpolicy(pthread_attr_t *attr, int policy);
int pthread_attr_getschedpolicy(const pthread_attr_t *restrict attr, int *restrict policy);
int pthread_attr_setschedparam(pthread_attr_t *restrict attr, const struct sched_param *restrict param);
int pthread_attr_getschedparam(const pthread_attr_t *restrict attr, struct sched_param *restrict param);
int pthread_setschedparam(pthread_t thread, int policy, const struct sched_param *param);
int pthread_getschedparam(pthread_t thread, int *restrict policy, struct sched_param *restrict param);
int sched_get_priority_min(int policy);
int sched_get_priority_max(int policy);

/* Mutexes: a futex word, 0 free, 1 locked, 2 locked with waiters. */
/* Robust, priority-inheriting and priority-protected mutexes keep the
 * owner's tid in __lock itself, as the kernel's robust list and PI futexes
 * need (thread/mutex_owner.c); __type then carries taskrt's flags above
 * the kind. */
typedef struct {
	volatile int __lock;
	int __type;
	volatile int __owner;               /* tid, for recursive and errorcheck */
	int __count;                        /* recursion depth */
	int __pshared;
	int __state;                        /* robust: consistent, inconsistent, unrecoverable */
	int __ceiling;                      /* PTHREAD_PRIO_PROTECT's priority */
	void *__robust_next, *__robust_prev;  /* the owner's robust list */
} pthread_mutex_t;
typedef struct { int __type, __pshared, __robust, __protocol, __ceiling; } pthread_mutexattr_t;
#define PTHREAD_MUTEX_INITIALIZER { 0, 0, 0, 0, 0, 0, 0, 0, 0 }
#define PTHREAD_MUTEX_NORMAL     0
#define PTHREAD_MUTEX_RECURSIVE  1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT    PTHREAD_MUTEX_NORMAL
#define PTHREAD_PROCESS_PRIVATE  0
#define PTHREAD_PROCESS_SHARED   1
#define PTHREAD_MUTEX_STALLED    0
#define PTHREAD_MUTEX_ROBUST     1
#define PTHREAD_PRIO_NONE        0
#define PTHREAD_PRIO_INHERIT     1
#define PTHREAD_PRIO_PROTECT     2
/* glibc's other spellings. */
#define PTHREAD_MUTEX_TIMED_NP      PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_RECURSIVE_NP  PTHREAD_MUTEX_RECURSIVE
#define PTHREAD_MUTEX_ERRORCHECK_NP PTHREAD_MUTEX_ERRORCHECK
#define PTHREAD_MUTEX_ADAPTIVE_NP   PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_FAST_NP       PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_STALLED_NP    PTHREAD_MUTEX_STALLED
#define PTHREAD_MUTEX_ROBUST_NP     PTHREAD_MUTEX_ROBUST
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP  { 0, PTHREAD_MUTEX_RECURSIVE, 0, 0, 0, 0, 0, 0, 0 }
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP { 0, PTHREAD_MUTEX_ERRORCHECK, 0, 0, 0, 0, 0, 0, 0 }
#define PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP   PTHREAD_MUTEX_INITIALIZER

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict attr);
int pthread_mutex_destroy(pthread_mutex_t *m);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);
int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict abstime);
int pthread_mutex_unlock(pthread_mutex_t *m);
int pthread_mutexattr_init(pthread_mutexattr_t *attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attr, int *restrict type);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr, int *restrict pshared);
/* Robust mutexes: the next locker after an owner died gets EOWNERDEAD.
 * Where the kernel has no set_robust_list (qemu-user), setrobust refuses
 * PTHREAD_MUTEX_ROBUST with ENOTSUP rather than pretend; likewise
 * setprotocol refuses PTHREAD_PRIO_INHERIT without PI futexes. */
int pthread_mutexattr_setrobust(pthread_mutexattr_t *attr, int robust);
int pthread_mutexattr_getrobust(const pthread_mutexattr_t *restrict attr, int *restrict robust);
#ifdef __TASKRT_GNU
int pthread_mutexattr_setrobust_np(pthread_mutexattr_t *attr, int robust);
int pthread_mutexattr_getrobust_np(const pthread_mutexattr_t *restrict attr, int *restrict robust);
#endif
int pthread_mutex_consistent(pthread_mutex_t *m);
#ifdef __TASKRT_GNU
int pthread_mutex_consistent_np(pthread_mutex_t *m);
#endif
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *attr, int protocol);
int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict attr, int *restrict protocol);
int pthread_mutexattr_setprioceiling(pthread_mutexattr_t *attr, int ceiling);
int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t *restrict attr, int *restrict ceiling);
int pthread_mutex_setprioceiling(pthread_mutex_t *restrict m, int ceiling, int *restrict old);
int pthread_mutex_getprioceiling(const pthread_mutex_t *restrict m, int *restrict ceiling);
#ifdef __TASKRT_GNU
int pthread_mutex_clocklock(pthread_mutex_t *restrict m, clockid_t clock,
                            const struct timespec *restrict abstime);
#endif

/* Condition variables. */
typedef struct {
	volatile int __seq;                 /* bumped by every signal/broadcast */
	volatile int __waiters;
	int __clock, __pshared;
	volatile int __sleepers;            /* in the futex wait, not yet woken */
} pthread_cond_t;
typedef struct { int __clock, __pshared; } pthread_condattr_t;
#define PTHREAD_COND_INITIALIZER { 0, 0, 0, 0, 0 }

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict attr);
int pthread_cond_destroy(pthread_cond_t *c);
int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m);
int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           const struct timespec *restrict abstime);
#ifdef __TASKRT_GNU
int pthread_cond_clockwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           clockid_t clock, const struct timespec *restrict abstime);
#endif
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);
int pthread_condattr_init(pthread_condattr_t *attr);
int pthread_condattr_destroy(pthread_condattr_t *attr);
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock);
int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock);
int pthread_condattr_setpshared(pthread_condattr_t *attr, int pshared);
int pthread_condattr_getpshared(const pthread_condattr_t *restrict attr, int *restrict pshared);

/* Once, keys. */
typedef volatile int pthread_once_t;
#define PTHREAD_ONCE_INIT 0
int pthread_once(pthread_once_t *once, void (*fn)(void));

typedef unsigned pthread_key_t;
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);

/* Read-write locks, barriers, spin locks. */
typedef struct {
	volatile int __state;               /* bit 31 a writer, 30-29 sleepers, 0..28 readers */
	volatile int __writer;              /* the writer's tid, 0 when none */
	int __pshared, __kind;
} pthread_rwlock_t;
typedef struct { int __pshared, __kind; } pthread_rwlockattr_t;
#define PTHREAD_RWLOCK_INITIALIZER { 0, 0, 0, 0 }
int pthread_rwlock_init(pthread_rwlock_t *restrict rw, const pthread_rwlockattr_t *restrict attr);
int pthread_rwlock_destroy(pthread_rwlock_t *rw);
int pthread_rwlock_rdlock(pthread_rwlock_t *rw);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict abstime);
int pthread_rwlock_wrlock(pthread_rwlock_t *rw);
int pthread_rwlock_trywrlock(pthread_rwlock_t *rw);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict abstime);
#ifdef __TASKRT_GNU
int pthread_rwlock_clockrdlock(pthread_rwlock_t *restrict rw, clockid_t clock,
                               const struct timespec *restrict abstime);
int pthread_rwlock_clockwrlock(pthread_rwlock_t *restrict rw, clockid_t clock,
                               const struct timespec *restrict abstime);
#endif
int pthread_rwlock_unlock(pthread_rwlock_t *rw);
int pthread_rwlockattr_init(pthread_rwlockattr_t *attr);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *attr, int pshared);
int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict attr, int *restrict pshared);
/* glibc's reader/writer preference; taskrt's rwlock lets readers first
 * whatever the kind (thread/rwlock.c): kept for getkind only. */
#define PTHREAD_RWLOCK_PREFER_READER_NP               0
#define PTHREAD_RWLOCK_PREFER_WRITER_NP               1
#define PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP  2
#define PTHREAD_RWLOCK_DEFAULT_NP PTHREAD_RWLOCK_PREFER_READER_NP
int pthread_rwlockattr_setkind_np(pthread_rwlockattr_t *attr, int kind);
int pthread_rwlockattr_getkind_np(const pthread_rwlockattr_t *restrict attr, int *restrict kind);

typedef struct {
	volatile int __count, __generation;
	unsigned __limit;
	int __pshared;
} pthread_barrier_t;
typedef struct { int __pshared; } pthread_barrierattr_t;
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)
int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict attr,
                         unsigned count);
int pthread_barrier_destroy(pthread_barrier_t *b);
int pthread_barrier_wait(pthread_barrier_t *b);
int pthread_barrierattr_init(pthread_barrierattr_t *attr);
int pthread_barrierattr_destroy(pthread_barrierattr_t *attr);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *attr, int pshared);
int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict attr, int *restrict pshared);

typedef volatile int pthread_spinlock_t;
int pthread_spin_init(pthread_spinlock_t *s, int pshared);
int pthread_spin_destroy(pthread_spinlock_t *s);
int pthread_spin_lock(pthread_spinlock_t *s);
int pthread_spin_trylock(pthread_spinlock_t *s);
int pthread_spin_unlock(pthread_spinlock_t *s);

/* Signals and names. */
int pthread_kill(pthread_t thread, int sig);
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old);
#ifdef __TASKRT_GNU
int pthread_setname_np(pthread_t thread, const char *name);
int pthread_getname_np(pthread_t thread, char *name, size_t size);
#endif

/* Cancellation (thread/cancel*.c, docs/cancel.md).  The values are
 * glibc's. */
#define PTHREAD_CANCEL_ENABLE       0
#define PTHREAD_CANCEL_DISABLE      1
#define PTHREAD_CANCEL_DEFERRED     0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
int pthread_cancel(pthread_t thread);
void pthread_testcancel(void);
int pthread_setcancelstate(int state, int *old);
int pthread_setcanceltype(int type, int *old);

/* A cleanup handler: a record on the pushing function's own stack, linked
 * into the thread's list by _pthread_cleanup_push and unlinked by
 * _pthread_cleanup_pop.  The two macros open and close one block, so a
 * push and its pop must sit in the same lexical scope (POSIX says so). */
struct __pthread_cleanup {
	void (*__fn)(void *);
	void *__arg;
	struct __pthread_cleanup *__next;
};
void _pthread_cleanup_push(struct __pthread_cleanup *c, void (*fn)(void *), void *arg);
void _pthread_cleanup_pop(struct __pthread_cleanup *c, int run);
#define pthread_cleanup_push(fn, arg) \
	do { struct __pthread_cleanup __cleanup; _pthread_cleanup_push(&__cleanup, (fn), (arg));
#define pthread_cleanup_pop(run) \
	_pthread_cleanup_pop(&__cleanup, (run)); } while (0)

/* CPUs, clocks and scheduling of a thread (glibc's _np names). */
#ifdef __TASKRT_GNU
int pthread_setaffinity_np(pthread_t thread, size_t size, const cpu_set_t *set);
int pthread_getaffinity_np(pthread_t thread, size_t size, cpu_set_t *set);
int pthread_attr_setaffinity_np(pthread_attr_t *attr, size_t size, const cpu_set_t *set);
int pthread_attr_getaffinity_np(const pthread_attr_t *attr, size_t size, cpu_set_t *set);
#endif
int pthread_getcpuclockid(pthread_t thread, clockid_t *clock);
int pthread_setschedprio(pthread_t thread, int priority);
/* Only a hint, which Linux's 1:1 threads have no use for: remembered. */
#ifdef __TASKRT_XOPEN
int pthread_setconcurrency(int level);
int pthread_getconcurrency(void);
#endif
/* sched_yield (glibc keeps it, deprecated). */
#ifdef __TASKRT_GNU
int pthread_yield(void);
#endif

#endif
