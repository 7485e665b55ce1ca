/* ppc64le __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after `sc`, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  No register needs saving and the stack is never
 * touched, so __cp_cancel is a plain tail call (lr is our caller's, r2
 * its TOC, as __cancel's local entry wants).  The cr0.SO-to-(-errno)
 * step of arch/ppc64le/syscall.h comes after the window: a cancel there
 * finds the system call done.
 *
 * On entry (ELFv2):  r3 cancel, r4 n, r5..r10 a..f
 * At the trap:       r0 n, r3..r8 a..f
 */
#include "internal/asm.h"

	.text
	.abiversion 2
	ENTRY(__syscall_cp_asm)
CODE_LABEL(__cp_begin)
	lwz  11, 0(3)            /* the cancel flag, read inside the window */
	cmpwi 11, 0
	bne- __cp_cancel         /* set already: no system call */
	mr   0, 4                /* r0 = n (before r4 is overwritten) */
	mr   3, 5                /* r3 = a */
	mr   4, 6                /* r4 = b */
	mr   5, 7                /* r5 = c */
	mr   6, 8                /* r6 = d */
	mr   7, 9                /* r7 = e */
	mr   8, 10               /* r8 = f */
	sc                       /* the last instruction of the window */
CODE_LABEL(__cp_end)
	bnslr+                   /* cr0.SO clear: the result in r3 */
	neg  3, 3                /* error: the positive errno, negated */
	blr
CODE_LABEL(__cp_cancel)
	b    __cancel            /* tail call: __cancel's result is ours */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
