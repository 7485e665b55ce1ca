/* The kernel floor loops for x86_64 (see bench/floor.c).
 *
 *   long floor_clone(long n, unsigned long flags, void *stack_top,
 *                    volatile int *tid_word)
 *   long floor_getppid(long n)
 *   long floor_pingpong(long n, volatile int *turn, int me)
 *
 * Return 0, or -errno of the first failing system call.
 *
 * The syscall instruction clobbers only rax (result), rcx and r11; every
 * other register comes back as it was, in the parent and -- for clone --
 * in the child too.  So the loop state lives in callee-saved registers:
 *   rbx  rounds left     r12  flags     r13  stack top     r14  &tid_word
 */
#include <bits/syscall.h>
#include <bits/futex.h>

	.text
	.global floor_clone
	.type   floor_clone, @function
floor_clone:
	push %rbx
	push %r12
	push %r13
	push %r14
	mov  %rdi, %rbx
	mov  %rsi, %r12
	mov  %rdx, %r13
	mov  %rcx, %r14
	xor  %eax, %eax              /* the result if n is 0 */

1:	test %rbx, %rbx
	jz   9f
	/* Mark the child alive *before* the clone: without
	 * CLONE_PARENT_SETTID nobody else writes the word, and a child that
	 * exits before we look must find it nonzero to clear it. */
	movl $1, (%r14)
	/* clone(flags, stack, ptid, ctid, tls): rdi rsi rdx r10 r8 */
	mov  %r12, %rdi
	mov  %r13, %rsi
	xor  %edx, %edx              /* ptid: unused */
	mov  %r14, %r10              /* ctid: the kernel zeroes it at exit */
	xor  %r8d, %r8d              /* tls: unused (no CLONE_SETTLS) */
	mov  $__NR_clone, %eax
	syscall
	test %rax, %rax
	jz   8f                      /* 0: we are the child */
	js   9f                      /* -errno: give up */

	/* Parent: sleep while the word still holds 1.  FUTEX_WAIT without
	 * FUTEX_PRIVATE_FLAG, because the kernel's CLONE_CHILD_CLEARTID wake
	 * is a shared one.  EAGAIN (the word changed first) and EINTR both
	 * just send us round to look again. */
2:	mov  (%r14), %edx            /* val: what we expect to find */
	test %edx, %edx
	jz   3f                      /* 0: the child is gone */
	mov  %r14, %rdi              /* uaddr */
	mov  $FUTEX_WAIT, %esi       /* op */
	xor  %r10d, %r10d            /* timeout: none */
	mov  $__NR_futex, %eax
	syscall
	jmp  2b
3:	dec  %rbx
	xor  %eax, %eax
	jmp  1b

8:	/* Child: on the shared stack, touching nothing -- leave at once. */
	xor  %edi, %edi
	mov  $__NR_exit, %eax        /* this thread only, not exit_group */
	syscall
	hlt                          /* not reached */

9:	pop  %r14
	pop  %r13
	pop  %r12
	pop  %rbx
	ret
	.size floor_clone, . - floor_clone

	.global floor_getppid
	.type   floor_getppid, @function
floor_getppid:
	mov  %rdi, %rdx              /* rdx: calls left (syscall keeps it) */
	xor  %eax, %eax
1:	test %rdx, %rdx
	jz   2f
	mov  $__NR_getppid, %eax
	syscall                      /* cannot fail */
	dec  %rdx
	jmp  1b
2:	xor  %eax, %eax
	ret
	.size floor_getppid, . - floor_getppid

/* floor_pingpong: n turns of a two-thread ping-pong on one futex word.
 * *turn says whose turn it is (0 or 1).  Each turn: sleep while it is the
 * other's, hand the turn over, wake the other: the fewest system calls a
 * condition-variable or semaphore round trip can make.  Loop state in
 * callee-saved registers, as in floor_clone:
 *   rbx  turns left    r12  &turn    r13d  me */
	.global floor_pingpong
	.type   floor_pingpong, @function
floor_pingpong:
	push %rbx
	push %r12
	push %r13
	mov  %rdi, %rbx              /* rbx: turns left */
	mov  %rsi, %r12              /* r12: the futex word */
	mov  %edx, %r13d             /* r13d: me (0 or 1) */
1:	xor  %eax, %eax              /* the result if we are done */
	test %rbx, %rbx
	jz   9f
2:	mov  (%r12), %edx            /* whose turn is it? */
	cmp  %r13d, %edx
	je   3f                      /* ours */
	/* futex(turn, FUTEX_WAIT_PRIVATE, the other's value, no timeout):
	 * sleeps only while the word still says "the other's turn". */
	mov  %r12, %rdi              /* uaddr */
	mov  $FUTEX_WAIT_PRIVATE, %esi /* op */
	xor  %r10d, %r10d            /* timeout: none */
	mov  $__NR_futex, %eax
	syscall
	jmp  2b                      /* woken, EAGAIN or EINTR: look again */
3:	mov  %r13d, %edx
	xor  $1, %edx                /* the other's number */
	mov  %edx, (%r12)            /* hand the turn over (a plain x86 store is a release) */
	mov  %r12, %rdi              /* uaddr */
	mov  $FUTEX_WAKE_PRIVATE, %esi /* op */
	mov  $1, %edx                /* wake one: the other thread */
	mov  $__NR_futex, %eax
	syscall
	test %rax, %rax
	js   9f                      /* -errno: give up */
	dec  %rbx
	jmp  1b
9:	pop  %r13
	pop  %r12
	pop  %rbx
	ret
	.size floor_pingpong, . - floor_pingpong
	.section .note.GNU-stack, "", @progbits
