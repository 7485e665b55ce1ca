/* The kernel floor loops for mips64el, n64 (see bench/floor.c and
 * bench/floor-aarch64.S, which this follows line for line).
 *
 *   long floor_clone(long n, unsigned long flags, void *stack_top,
 *                    volatile int *tid_word)
 *   long floor_getppid(long n)
 *
 * Return 0, or -errno of the first failing system call.
 *
 * syscall takes the number in v0 ($2) and arguments in a0..a5 ($4-$9);
 * it returns the result in v0, with a3 ($7) set when v0 is a (positive)
 * errno, and may change v1, a3, the t registers, hi and lo: s0-s7
 * survive, in the child of a clone too.  Loop state in callee-saved
 * registers, kept in a 32-byte frame:
 *   s0  rounds left    s1  flags    s2  stack top    s3  &tid_word
 * `.set noreorder`: every delay slot is filled by hand ("delay slot").
 */
#include <bits/syscall.h>
#include <bits/futex.h>

	.text
	.set noreorder
	.global floor_clone
	.type   floor_clone, %function
floor_clone:
	daddiu $29, $29, -32
	sd   $16, 0($29)
	sd   $17, 8($29)
	sd   $18, 16($29)
	sd   $19, 24($29)
	move $16, $4
	move $17, $5
	move $18, $6
	move $19, $7
	move $2, $0                  /* the result if n is 0 */

1:	beqz $16, 9f
	nop                          /* delay slot */
	/* Mark the child alive before the clone (nobody else writes it). */
	li   $12, 1
	sw   $12, 0($19)
	/* clone on mips: flags, stack, ptid, tls, ctid */
	move $4, $17
	move $5, $18
	move $6, $0                  /* ptid: unused */
	move $7, $0                  /* tls: unused (no CLONE_SETTLS) */
	move $8, $19                 /* ctid: the kernel zeroes it at exit */
	li   $2, __NR_clone
	syscall
	bnez $7, 7f                  /* a3 set: v0 is an errno, give up */
	nop                          /* delay slot */
	beqz $2, 8f                  /* 0: we are the child */
	nop                          /* delay slot */

	/* Parent: sleep while the word still holds 1, with a shared
	 * FUTEX_WAIT (the kernel's wake at thread exit is shared). */
2:	lw   $6, 0($19)              /* val: what we expect to find */
	beqz $6, 3f                  /* 0: the child is gone */
	move $4, $19                 /* delay slot: uaddr */
	li   $5, FUTEX_WAIT          /* op */
	move $7, $0                  /* timeout: none */
	li   $2, __NR_futex
	syscall
	b    2b                      /* EAGAIN or EINTR: look again */
	nop                          /* delay slot */
3:	daddiu $16, $16, -1
	b    1b
	move $2, $0                  /* delay slot */

7:	b    9f
	dsubu $2, $0, $2             /* delay slot: -errno */

8:	/* Child: touching nothing -- leave at once. */
	move $4, $0
	li   $2, __NR_exit           /* this thread only */
	syscall
	teq  $0, $0                  /* not reached */

9:	ld   $16, 0($29)
	ld   $17, 8($29)
	ld   $18, 16($29)
	ld   $19, 24($29)
	jr   $31
	daddiu $29, $29, 32          /* delay slot */
	.size floor_clone, . - floor_clone

	.global floor_getppid
	.type   floor_getppid, %function
floor_getppid:
	daddiu $29, $29, -16
	sd   $16, 0($29)
	move $16, $4                 /* s0: calls left (syscall keeps it) */
1:	beqz $16, 2f
	nop                          /* delay slot */
	li   $2, __NR_getppid
	syscall                      /* cannot fail */
	b    1b
	daddiu $16, $16, -1          /* delay slot */
2:	ld   $16, 0($29)
	move $2, $0
	jr   $31
	daddiu $29, $29, 16          /* delay slot */
	.size floor_getppid, . - floor_getppid
	.section .note.GNU-stack, "", %progbits
