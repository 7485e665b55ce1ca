/* The kernel floor loops for aarch64 (see bench/floor.c and
 * bench/floor-x86_64.S, which this follows line for line).
 *
 *   long floor_clone(long n, unsigned long flags, void *stack_top,
 *                    volatile int *tid_word)
 *   long floor_getppid(long n)
 *   long floor_pingpong(long n, volatile int *turn, int me)
 *
 * Return 0, or -errno of the first failing system call.
 *
 * svc #0 takes the number in x8 and arguments in x0..x5, and changes only
 * x0 (the result): every other register survives, in the child of a clone
 * too.  Loop state in callee-saved registers:
 *   x19  rounds left    x20  flags    x21  stack top    x22  &tid_word
 */
#include <bits/syscall.h>
#include <bits/futex.h>

	.text
	.global floor_clone
	.type   floor_clone, %function
floor_clone:
	stp  x19, x20, [sp, #-32]!
	stp  x21, x22, [sp, #16]
	mov  x19, x0
	mov  x20, x1
	mov  x21, x2
	mov  x22, x3
	mov  x0, #0                  /* the result if n is 0 */

1:	cbz  x19, 9f
	/* Mark the child alive before the clone (nobody else writes it). */
	mov  w9, #1
	str  w9, [x22]
	/* clone, "backwards" on arm64: flags, stack, ptid, tls, ctid */
	mov  x0, x20
	mov  x1, x21
	mov  x2, #0                  /* ptid: unused */
	mov  x3, #0                  /* tls: unused (no CLONE_SETTLS) */
	mov  x4, x22                 /* ctid: the kernel zeroes it at exit */
	mov  x8, #__NR_clone
	svc  #0
	cbz  x0, 8f                  /* 0: we are the child */
	tbnz x0, #63, 9f             /* negative: -errno, give up */

	/* Parent: sleep while the word still holds 1, with a shared
	 * FUTEX_WAIT (the kernel's wake at thread exit is shared). */
2:	ldr  w2, [x22]               /* val: what we expect to find */
	cbz  w2, 3f                  /* 0: the child is gone */
	mov  x0, x22                 /* uaddr */
	mov  x1, #FUTEX_WAIT         /* op */
	mov  x3, #0                  /* timeout: none */
	mov  x8, #__NR_futex
	svc  #0
	b    2b                      /* EAGAIN or EINTR: look again */
3:	sub  x19, x19, #1
	mov  x0, #0
	b    1b

8:	/* Child: touching nothing -- leave at once. */
	mov  x0, #0
	mov  x8, #__NR_exit          /* this thread only */
	svc  #0
	brk  #0                      /* not reached */

9:	ldp  x21, x22, [sp, #16]
	ldp  x19, x20, [sp], #32
	ret
	.size floor_clone, . - floor_clone

	.global floor_getppid
	.type   floor_getppid, %function
floor_getppid:
	mov  x9, x0                  /* x9: calls left (svc keeps it) */
1:	cbz  x9, 2f
	mov  x8, #__NR_getppid
	svc  #0                      /* cannot fail */
	sub  x9, x9, #1
	b    1b
2:	mov  x0, #0
	ret
	.size floor_getppid, . - floor_getppid

/* floor_pingpong: n turns of a two-thread ping-pong on one futex word
 * (floor-x86_64.S says why this is the floor).  svc keeps every register
 * but x0, so the loop state can live in scratch registers:
 *   x9  turns left    x10  &turn    w11  me */
	.global floor_pingpong
	.type   floor_pingpong, %function
floor_pingpong:
	mov  x9, x0                  /* turns left */
	mov  x10, x1                 /* the futex word */
	mov  w11, w2                 /* me (0 or 1) */
1:	mov  x0, #0                  /* the result if we are done */
	cbz  x9, 9f
2:	ldar w2, [x10]               /* whose turn is it? (acquire: the other's writes before it) */
	cmp  w2, w11
	b.eq 3f                      /* ours */
	/* futex(turn, FUTEX_WAIT_PRIVATE, the other's value, no timeout) */
	mov  x0, x10                 /* uaddr */
	mov  x1, #FUTEX_WAIT_PRIVATE /* op */
	mov  x3, #0                  /* timeout: none */
	mov  x8, #__NR_futex
	svc  #0
	b    2b                      /* woken, EAGAIN or EINTR: look again */
3:	eor  w2, w11, #1             /* the other's number */
	stlr w2, [x10]               /* hand the turn over (release) */
	mov  x0, x10                 /* uaddr */
	mov  x1, #FUTEX_WAKE_PRIVATE /* op */
	mov  x2, #1                  /* wake one: the other thread */
	mov  x8, #__NR_futex
	svc  #0
	tbnz x0, #63, 9f             /* negative: -errno, give up */
	sub  x9, x9, #1
	b    1b
9:	ret
	.size floor_pingpong, . - floor_pingpong
	.section .note.GNU-stack, "", %progbits
