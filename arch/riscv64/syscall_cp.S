/* riscv64 __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after `ecall`, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  No register needs saving and the stack is never
 * touched, so __cp_cancel is a plain tail call.
 *
 * On entry (LP64):  a0 cancel, a1 n, a2..a7 a..f
 * At the trap:      a7 n, a0..a5 a..f: a7 comes in holding f and leaves
 *                   holding n, so f waits in t1
 */
#include "internal/asm.h"

	.text
	ENTRY(__syscall_cp_asm)
CODE_LABEL(__cp_begin)
	lw   t0, 0(a0)           /* the cancel flag, read inside the window */
	bnez t0, __cp_cancel     /* set already: no system call */
	mv   t1, a7              /* t1 = f, before a7 takes n */
	mv   a7, a1              /* a7 = n */
	mv   a0, a2              /* a0 = a */
	mv   a1, a3              /* a1 = b */
	mv   a2, a4              /* a2 = c */
	mv   a3, a5              /* a3 = d */
	mv   a4, a6              /* a4 = e */
	mv   a5, t1              /* a5 = f */
	ecall                    /* the last instruction of the window */
CODE_LABEL(__cp_end)
	ret                      /* the result, or -errno, in a0 */
CODE_LABEL(__cp_cancel)
	tail __cancel            /* tail call: __cancel's result is ours */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
