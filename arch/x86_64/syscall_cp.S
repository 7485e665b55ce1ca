/* x86_64 __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract (docs/cancel.md): if *cancel is set, make no system call
 * and leave through __cp_cancel; else return what system call n(a..f)
 * returns (a value or -errno).  The cancel signal's handler
 * (thread/cancel.c) sends a thread whose PC is in [__cp_begin, __cp_end)
 * to __cp_cancel.  So the window must start at or before the load of the
 * flag (a cancel that lands between the load and the trap is then not
 * lost), and end right after the trap instruction: a PC on `syscall` is
 * a call not made yet, or interrupted and about to be restarted (the
 * kernel moves the PC back onto it); a PC at __cp_end is a call that the
 * kernel has finished, whose result must not be thrown away.  Nothing in
 * the window may have a side effect, and the stack pointer must be the
 * same all through it, because __cp_cancel undoes nothing but what was
 * done before __cp_begin.
 *
 * Registers on entry (SysV ABI):  rdi cancel, rsi n, rdx a, rcx b, r8 c,
 *                                 r9 d, 8(%rsp) e, 16(%rsp) f
 * At the syscall (kernel order):  rax n, rdi a, rsi b, rdx c, r10 d,
 *                                 r8 e, r9 f; it clobbers rcx and r11
 *
 * Rejected: the flag test in C before the call (a cancel between the
 * test and the trap would wait for the next cancellation point, maybe for
 * ever); the labels around only the `syscall` instruction (the same hole,
 * one instruction long).
 */
#include "internal/asm.h"

	.text
	ENTRY(__syscall_cp_asm)
CODE_LABEL(__cp_begin)
	mov  (%rdi), %eax        /* the cancel flag, read inside the window */
	test %eax, %eax          /* set? */
	jnz  __cp_cancel         /* set already: no system call */
	mov  %rsi, %rax          /* rax = n (before rsi is overwritten) */
	mov  %rdx, %rdi          /* rdi = a */
	mov  %rcx, %rsi          /* rsi = b */
	mov  %r8, %rdx           /* rdx = c (before r8 is overwritten) */
	mov  %r9, %r10           /* r10 = d: the kernel's fourth is not rcx */
	mov  8(%rsp), %r8        /* r8  = e, 7th argument, on the stack */
	mov  16(%rsp), %r9       /* r9  = f, 8th argument */
	syscall                  /* the last instruction of the window */
CODE_LABEL(__cp_end)
	ret                      /* the result, or -errno, in rax */
CODE_LABEL(__cp_cancel)
	jmp  __cancel            /* tail call: __cancel's result is ours */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
