/* s390x __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after `svc`, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  The kernel wants e and f in r6 and r7, which are
 * callee-saved: they go into our caller's register save area before the
 * window opens, and both exits reload them.  The stack pointer never
 * moves, so __cp_cancel is otherwise a plain tail call.
 *
 * On entry (s390x ABI):  r2 cancel, r3 n, r4 a, r5 b, r6 c,
 *                        160(r15) d, 168(r15) e, 176(r15) f
 * At the trap:           r1 n, r2..r7 a..f
 */
#include "internal/asm.h"

	.text
	ENTRY(__syscall_cp_asm)
	stmg  %r6, %r7, 48(%r15) /* r6, r7 into their slots in our caller's
	                            save area (the CFA is sp + 160) */
	.cfi_offset %r6, 48 - 160
	.cfi_offset %r7, 56 - 160
CODE_LABEL(__cp_begin)
	lt    %r0, 0(%r2)        /* the cancel flag, read inside the window */
	jnz   __cp_cancel        /* set already: no system call */
	lgr   %r1, %r3           /* r1 = n */
	lgr   %r2, %r4           /* r2 = a */
	lgr   %r3, %r5           /* r3 = b */
	lgr   %r4, %r6           /* r4 = c */
	lg    %r5, 160(%r15)     /* r5 = d, the 6th argument, on the stack */
	lg    %r6, 168(%r15)     /* r6 = e */
	lg    %r7, 176(%r15)     /* r7 = f */
	svc   0                  /* the last instruction of the window */
CODE_LABEL(__cp_end)
	lmg   %r6, %r7, 48(%r15) /* r6, r7 as our caller left them */
	br    %r14               /* the result, or -errno, in r2 */
CODE_LABEL(__cp_cancel)
	lmg   %r6, %r7, 48(%r15) /* the same, from wherever in the window */
	jg    __cancel           /* tail call: __cancel's result is ours */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
