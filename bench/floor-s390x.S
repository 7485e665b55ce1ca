/* The kernel floor loops for s390x (see bench/floor.c and
 * bench/floor-aarch64.S, which this follows line for line).
 *
 *   long floor_clone(long n, unsigned long flags, void *stack_top,
 *                    volatile int *tid_word)
 *   long floor_getppid(long n)
 *
 * Return 0, or -errno of the first failing system call.
 *
 * svc 0 takes the number in r1 and arguments in r2..r7, and changes only
 * r2 (the result): every other register survives, in the child of a
 * clone too.  Loop state in callee-saved registers, kept in the slots our
 * caller's 160-byte register save area has for them:
 *   r10  rounds left    r11  flags    r12  stack top    r13  &tid_word
 */
#include <bits/syscall.h>
#include <bits/futex.h>

	.text
	.global floor_clone
	.type   floor_clone, %function
floor_clone:
	stmg  %r6, %r13, 48(%r15)    /* r6-r13: the svc's arguments use r6 */
	lgr   %r10, %r2
	lgr   %r11, %r3
	lgr   %r12, %r4
	lgr   %r13, %r5
	lghi  %r2, 0                 /* the result if n is 0 */

1:	ltgr  %r10, %r10
	jz    9f
	/* Mark the child alive before the clone (nobody else writes it). */
	mvhi  0(%r13), 1
	/* clone, "backwards2" on s390: stack, flags, ptid, ctid, tls */
	lgr   %r2, %r12
	lgr   %r3, %r11
	lghi  %r4, 0                 /* ptid: unused */
	lgr   %r5, %r13              /* ctid: the kernel zeroes it at exit */
	lghi  %r6, 0                 /* tls: unused (no CLONE_SETTLS) */
	lghi  %r1, __NR_clone
	svc   0
	ltgr  %r2, %r2
	jz    8f                     /* 0: we are the child */
	jm    9f                     /* negative: -errno, give up */

	/* Parent: sleep while the word still holds 1, with a shared
	 * FUTEX_WAIT (the kernel's wake at thread exit is shared). */
2:	lgf   %r4, 0(%r13)           /* val: what we expect to find */
	ltgr  %r4, %r4
	jz    3f                     /* 0: the child is gone */
	lgr   %r2, %r13              /* uaddr */
	lghi  %r3, FUTEX_WAIT        /* op */
	lghi  %r5, 0                 /* timeout: none */
	lghi  %r1, __NR_futex
	svc   0
	j     2b                     /* EAGAIN or EINTR: look again */
3:	aghi  %r10, -1
	lghi  %r2, 0
	j     1b

8:	/* Child: touching nothing -- leave at once. */
	lghi  %r2, 0
	lghi  %r1, __NR_exit         /* this thread only */
	svc   0
	.word 0                      /* not reached: an illegal instruction */

9:	lmg   %r6, %r13, 48(%r15)
	br    %r14
	.size floor_clone, . - floor_clone

	.global floor_getppid
	.type   floor_getppid, %function
floor_getppid:
	lgr   %r0, %r2               /* r0: calls left (svc keeps it) */
1:	ltgr  %r0, %r0
	jz    2f
	lghi  %r1, __NR_getppid
	svc   0                      /* cannot fail */
	aghi  %r0, -1
	j     1b
2:	lghi  %r2, 0
	br    %r14
	.size floor_getppid, . - floor_getppid
	.section .note.GNU-stack, "", %progbits
