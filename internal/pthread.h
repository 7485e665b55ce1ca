/* struct pthread: the thread control block (TCB), and how to find it.
 *
 * Every thread, the main one included, owns one struct pthread next to its
 * static TLS block; the thread pointer (TP) register locates both.  Where
 * the TCB sits relative to TP depends on the TLS variant (arch/<arch>/tls.h):
 *
 *   variant II (x86):  [ TLS block ][ struct pthread ]   TP = &pthread
 *   variant I  (rest): [ struct pthread ][ gap ][ TLS block ]
 *                                         ^TP (minus TP_BIAS)
 */
#ifndef _TASKRT_INTERNAL_PTHREAD_H
#define _TASKRT_INTERNAL_PTHREAD_H

#include "defs.h"
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <pthread.h>
#include "signal.h"
#include "syscall.h"
#include <arch/tls.h>

/* What an arch's tls.h may leave to these defaults (docs/porting.md). */
#ifndef TP_BIAS
#define TP_BIAS 0                /* TP points at the TCB's end (variant I) */
#endif
#ifndef TLS_GAP_ABOVE_TP
#define TLS_GAP_ABOVE_TP 0       /* variant I: bytes between TP and the TLS block */
#endif
/* CANARY_TCB_OFFSET is relative to TP: at or above it in variant II (the
 * TCB's front), below it in variant I (the TCB's end). */
#if defined(CANARY_TCB_OFFSET) && TLS_VARIANT == 1
#define CANARY_BELOW_TP 1
#else
#define CANARY_BELOW_TP 0
#endif
#ifndef ARCH_CLONE_TLS
/* clone's CLONE_SETTLS argument for a new thread: TP itself. */
typedef char clone_tls_scratch;
static inline void *__clone_tls(void *tp, clone_tls_scratch *unused)
{
	(void)unused;
	return tp;
}
#endif

struct pthread {
	/* The first six words are read by compiled code on x86, at fixed
	 * offsets from TP: the self pointer at 0 and the canary at word 5
	 * (%fs:0x28 on x86_64, %gs:0x14 on i386).  Other arches ignore them;
	 * powerpc's canary is at the struct's end instead (CANARY_BELOW_TP). */
	struct pthread *self;
	uintptr_t reserved[4];
#if !CANARY_BELOW_TP
	uintptr_t canary;
#endif

	/* The thread id.  pthread_create's clone writes it (CLONE_PARENT_SETTID)
	 * and the kernel zeroes it and futex-wakes it when the thread is gone
	 * (CLONE_CHILD_CLEARTID): pthread_join sleeps on this word.  0 in the
	 * main thread until the first pthread_create. */
	volatile int tid;
	int errno_value;
	/* The kernel's initial stack pointer (argc, argv, envp, auxv), copied
	 * from thread to thread: how the start-up hooks find environ and the
	 * auxv without a global variable in a hello world. */
	long *initial_sp;

	/* What pthread_create set up; all 0 in the main thread. */
	void *(*start)(void *);
	void *arg, *result;
	volatile int detach_state;     /* DETACH_* below */
	void *map_base;                /* the mapping to free, or 0 (not ours) */
	size_t map_size, guard_size;
	void *stack;                   /* lowest address of the stack proper */
	size_t stack_size;
	kernel_sigset_t sigmask;       /* the creator's mask, for the child to restore */
	int signals_blocked;           /* ... if pthread_create blocked them at all */
	void **tsd;                    /* thread-specific data (thread/key.c), or 0 */
	/* How many calls of other threads are using our tid right now, plus
	 * TID_RETIRED once we have begun to exit (thread/tid.c). */
	volatile int tid_users;
	/* GATE_* below: with PTHREAD_EXPLICIT_SCHED the new thread waits
	 * here until its creator has set its policy (thread/create.c). */
	volatile int start_gate;
	/* Cancellation (thread/cancel.c, docs/cancel.md).  cancel is set
	 * once, by pthread_cancel, and read by __syscall_cp_asm's first
	 * instruction; the state and type are the thread's own. */
	volatile int cancel;
	volatile unsigned char cancel_disable;   /* CANCEL_ENABLE/DISABLE/MASKED */
	volatile unsigned char cancel_async;     /* PTHREAD_CANCEL_ASYNCHRONOUS */
	/* The innermost pthread_cleanup_push record, or 0 (thread/cleanup.c). */
	struct __pthread_cleanup *cleanup;

	/* The kernel's robust_list_head for this thread (set_robust_list):
	 * the list of robust mutexes it holds, the offset from a node to
	 * its lock word, and the node being locked or unlocked right now.
	 * robust_tid: the tid it was registered for, 0 before (thread/robust.c). */
	struct {
		void *list;
		long futex_offset;
		void *list_op_pending;
	} robust_head;
	int robust_tid;

#if CANARY_BELOW_TP
	/* Variant I with a TCB-relative canary (powerpc: TP - TP_BIAS - 16):
	 * the canary is the TCB's last words, just below the TLS block. */
	uintptr_t canary;
	char below_canary[-(CANARY_TCB_OFFSET + TP_BIAS) - sizeof(uintptr_t)];
#endif
};

enum { GATE_OPEN, GATE_CLOSED, GATE_WAITING, GATE_REFUSED };
/* The gate's two sides (thread/sched.c; no-ops where it is not linked). */
hidden void __sched_gate_wait(struct pthread *self);
hidden int __sched_gate_open(struct pthread *new, int tid, const pthread_attr_t *attr);
hidden void __attr_cpuset_free(pthread_attr_t *attr);
/* Block every signal across new's clone, once the program has installed
 * a handler: the old mask into *old, new->sigmask and signals_blocked set
 * for the child; returns whether it blocked (syscall/signal_handlers.c;
 * a no-op returning 0 where sigaction is not linked). */
hidden int __thread_signals_block(struct pthread *new, kernel_sigset_t *old);
/* Where the TCB and TLS (area bytes) go in the stack attr gives, or NULL
 * for EINVAL (thread/attr.c; a stand-in returning NULL elsewhere). */
hidden char *__thread_given_stack(const pthread_attr_t *attr, size_t area);
/* The end of a detached thread, self: signals blocked, the kernel's tid
 * and robust-list writes disarmed, its mapping unmapped, and exit
 * (thread/detach.c; a no-op elsewhere, where no thread is detached). */
hidden void __thread_exit_detached(struct pthread *self);

#define TID_RETIRED (1 << 30)

enum { DETACH_JOINABLE, DETACH_DETACHED, DETACH_EXITING };

#if CANARY_BELOW_TP
_Static_assert((long)offsetof(struct pthread, canary) - (long)sizeof(struct pthread) - TP_BIAS
               == CANARY_TCB_OFFSET,
               "the compiler reads the canary at this offset from TP");
#elif defined(CANARY_TCB_OFFSET)
_Static_assert(offsetof(struct pthread, canary) == CANARY_TCB_OFFSET,
               "the compiler reads the canary at this offset from TP");
#endif

static inline struct pthread *__self(void)
{
#if TLS_VARIANT == 2
	return __get_tp();                       /* reads the self pointer at TP */
#else
	return (struct pthread *)((char *)__get_tp() - TP_BIAS) - 1;
#endif
}

/* The PT_TLS segment of the program: the template every thread copies. */
struct tls_image {
	const void *data;      /* .tdata initial values */
	size_t data_size;      /* p_filesz */
	size_t size;           /* p_memsz: .tdata + .tbss */
	size_t tls_align;      /* p_align: the compiler's offsets round to it */
	size_t align;          /* for TP: p_align, at least the TCB's alignment */
	size_t area;           /* bytes per thread: TCB, gap, block, slack */
};
/* Fill *image from the program's PT_TLS program header. */
hidden void __tls_image_find(struct tls_image *image);
/* Lay out TCB and TLS in mem (image->area bytes), initialise both; returns
 * the TCB.  The value for the TP register is __tp_for(self). */
hidden struct pthread *__tls_init(void *mem, const struct tls_image *image);

static inline void *__tp_for(struct pthread *self)
{
#if TLS_VARIANT == 2
	return self;
#else
	return (char *)(self + 1) + TP_BIAS;
#endif
}

/* The kernel's id for t, 0 once t has exited.  The main thread's word is 0
 * until it is first needed; then set_tid_address fills it (it returns the
 * tid) and arms the kernel's clear-on-exit, so that main can be joined like
 * any thread.  A tid never changes: this makes at most one system call. */
static inline int __thread_tid(struct pthread *t)
{
	if (!t->tid && t == __self())
		t->tid = __syscall(SYS_set_tid_address, &t->tid);
	return t->tid;
}

/* A call that acts on another thread through its tid (tgkill, sched_*,
 * its /proc comm file) holds the tid while it does, so that the thread
 * cannot finish exiting, and the kernel cannot give the tid to a new
 * thread, in between (thread/tid.c):
 *
 *   int tid = __thread_tid_hold(t);
 *   if (tid) { ...system calls on tid...; }
 *   __thread_tid_drop(t);
 *
 * The hold answers 0 for a thread that has begun to exit: ESRCH. */
hidden int __thread_tid_hold(struct pthread *t);
hidden void __thread_tid_drop(struct pthread *t);
/* pthread_exit: no hold succeeds from now on; wait for the ones taken. */
hidden void __thread_tid_retire(struct pthread *self);

/* What every live thread shares (thread/create.c). */
/* The attributes of pthread_create(.., NULL, ..) (thread/attr.c), which
 * pthread_setattr_default_np may change. */
hidden extern pthread_attr_t __default_attr;
hidden extern volatile int __threads_besides_one;   /* live threads - 1 */

/* Thread stacks: one mapping holds guard, stack and TLS area (thread/stack.c). */
hidden void *__stack_map(size_t size, size_t guard, int *fresh);
hidden void __stack_release(void *base, size_t size, size_t guard);
/* Unmap base..base+size and exit the calling thread, touching no memory in
 * between: the thread is running on that very mapping (arch/<arch>/unmapself.S). */
hidden _Noreturn void __unmapself(void *base, size_t size);
/* Weak hook: run the key destructors of the exiting thread (thread/key.c). */
hidden void __pthread_tsd_run_destructors(struct pthread *self);
/* Weak hook: a detached thread about to unmap its TCB marks the robust
 * mutexes it still holds itself and unregisters its list (thread/robust.c). */
hidden void __robust_exit(struct pthread *self);

/* Cancellation state: PTHREAD_CANCEL_ENABLE and _DISABLE, and MASKED, a
 * wait's own (pthread_cond_wait's): a cancel acts as far as making the
 * cancellation point return -ECANCELED, and the wait then re-takes its
 * mutex before it exits the thread (thread/cancel.c). */
#define CANCEL_MASKED 2
/* A wait that must tidy up before a cancel exits the thread (the cond
 * wait re-takes its mutex, the semaphore wait unregisters) masks it:
 *
 *   int cs = __cancel_mask(self);
 *   r = __futex_wait_cp(...);          -ECANCELED: a cancel came
 *   ...tidy up...;
 *   __cancel_unmask(self, cs, r);      exits after a cancel
 *
 * Two byte moves in a program that never cancels. */
static inline int __cancel_mask(struct pthread *self)
{
	int cs = self->cancel_disable;

	if (cs == PTHREAD_CANCEL_ENABLE)
		self->cancel_disable = CANCEL_MASKED;
	return cs;
}

static inline void __cancel_unmask(struct pthread *self, int cs, int r)
{
	self->cancel_disable = cs;
	if (r == -ECANCELED)
		__pthread_exit(PTHREAD_CANCELED);
}
/* Weak hook: run and pop the exiting thread's cleanup handlers (thread/cleanup.c). */
hidden void __pthread_cleanup_run(struct pthread *self);

#endif
