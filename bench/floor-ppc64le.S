/* The kernel floor loops for ppc64le (see bench/floor.c and
 * bench/floor-aarch64.S, which this follows line for line).
 *
 *   long floor_clone(long n, unsigned long flags, void *stack_top,
 *                    volatile int *tid_word)
 *   long floor_getppid(long n)
 *
 * Return 0, or -errno of the first failing system call.
 *
 * sc takes the number in r0 and arguments in r3..r8; it returns the
 * result in r3, with cr0.SO set when r3 is a (positive) errno, and may
 * change r0, r4-r12, ctr, xer and cr0: r14-r31 survive, in the child of a
 * clone too.  Loop state in callee-saved registers, which this leaf
 * function keeps in its red zone (the 288 bytes below r1 that ELFv2 lets
 * a function use without a frame):
 *   r28  rounds left    r29  flags    r30  stack top    r31  &tid_word
 */
#include <bits/syscall.h>
#include <bits/futex.h>

	.text
	.abiversion 2
	.global floor_clone
	.type   floor_clone, %function
floor_clone:
	std  28, -32(1)              /* the caller's r28-r31, in our red zone */
	std  29, -24(1)
	std  30, -16(1)
	std  31, -8(1)
	mr   28, 3
	mr   29, 4
	mr   30, 5
	mr   31, 6
	li   3, 0                    /* the result if n is 0 */

1:	cmpdi 28, 0
	beq  9f
	/* Mark the child alive before the clone (nobody else writes it). */
	li   9, 1
	stw  9, 0(31)
	/* clone, "backwards" on powerpc: flags, stack, ptid, tls, ctid */
	mr   3, 29
	mr   4, 30
	li   5, 0                    /* ptid: unused */
	li   6, 0                    /* tls: unused (no CLONE_SETTLS) */
	mr   7, 31                   /* ctid: the kernel zeroes it at exit */
	li   0, __NR_clone
	sc
	bso- 7f                      /* cr0.SO: r3 is an errno, give up */
	cmpdi 3, 0
	beq  8f                      /* 0: we are the child */

	/* Parent: sleep while the word still holds 1, with a shared
	 * FUTEX_WAIT (the kernel's wake at thread exit is shared). */
2:	lwz  5, 0(31)                /* val: what we expect to find */
	cmpwi 5, 0
	beq  3f                      /* 0: the child is gone */
	mr   3, 31                   /* uaddr */
	li   4, FUTEX_WAIT           /* op */
	li   6, 0                    /* timeout: none */
	li   0, __NR_futex
	sc
	b    2b                      /* EAGAIN or EINTR: look again */
3:	addi 28, 28, -1
	li   3, 0
	b    1b

7:	neg  3, 3                    /* -errno */
	b    9f

8:	/* Child: touching nothing -- leave at once. */
	li   3, 0
	li   0, __NR_exit            /* this thread only */
	sc
	trap                         /* not reached */

9:	ld   28, -32(1)
	ld   29, -24(1)
	ld   30, -16(1)
	ld   31, -8(1)
	blr
	.size floor_clone, . - floor_clone

	.global floor_getppid
	.type   floor_getppid, %function
floor_getppid:
	std  31, -8(1)               /* r31: calls left (sc keeps it) */
	mr   31, 3
1:	cmpdi 31, 0
	beq  2f
	li   0, __NR_getppid
	sc                           /* cannot fail */
	addi 31, 31, -1
	b    1b
2:	li   3, 0
	ld   31, -8(1)
	blr
	.size floor_getppid, . - floor_getppid
	.section .note.GNU-stack, "", %progbits
