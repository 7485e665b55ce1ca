/* The kernel's view of signals, for taskrt's own sources.
 *
 * The kernel's signal set has _NSIG bits (64 on most arches, 128 on MIPS;
 * include/generate.sh copies it as __KERNEL_NSIG), and every rt_sig*
 * system call takes its size in bytes.  taskrt's sigset_t is larger (1024
 * bits, as in glibc), so a sigset_t can always be handed to the kernel. */
#ifndef _TASKRT_INTERNAL_SIGNAL_H
#define _TASKRT_INTERNAL_SIGNAL_H

#include <bits/signal.h>

#define KERNEL_SIGSET_SIZE (__KERNEL_NSIG / 8)

/* A kernel signal set, for code that keeps one outside a sigset_t. */
typedef struct { unsigned long bits[KERNEL_SIGSET_SIZE / sizeof(unsigned long)]; } kernel_sigset_t;

/* The real-time signal taskrt reserves to carry a cancel (thread/cancel.c),
 * glibc's SIGCANCEL.  Programs can neither catch nor block it
 * (syscall/signal.c), and SIGRTMIN starts above it. */
#define SIGCANCEL 32
/* Clear SIGCANCEL's bit in a kernel signal set. */
#define KERNEL_SIGSET_DEL_CANCEL(set) \
	((set)->bits[(SIGCANCEL - 1) / (8 * sizeof(unsigned long))] &= \
	 ~(1UL << (SIGCANCEL - 1) % (8 * sizeof(unsigned long))))

/* The real-time signals taskrt keeps for itself, as glibc does: 32 for
 * cancellation, 33 for the SIGEV_THREAD timers' helper threads
 * (libc/time/timer_thread.c).  A program's SIGRTMIN is the first after
 * them (libc/signal/sigrtmin.c). */
#define SIGTIMER 33
#define FIRST_FREE_SIGRT 34

#endif
