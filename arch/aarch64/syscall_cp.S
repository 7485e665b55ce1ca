/* aarch64 __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after `svc`, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  No register needs saving and the stack is never
 * touched, so __cp_cancel is a plain tail call.
 *
 * On entry (AAPCS64):  x0 cancel, x1 n, x2..x7 a..f
 * At the trap:         x8 n, x0..x5 a..f
 */
#include "internal/asm.h"

	.text
	ENTRY(__syscall_cp_asm)
CODE_LABEL(__cp_begin)
	ldr  w9, [x0]            /* the cancel flag, read inside the window */
	cbnz w9, __cp_cancel     /* set already: no system call */
	mov  x8, x1              /* x8 = n */
	mov  x0, x2              /* x0 = a */
	mov  x1, x3              /* x1 = b */
	mov  x2, x4              /* x2 = c */
	mov  x3, x5              /* x3 = d */
	mov  x4, x6              /* x4 = e */
	mov  x5, x7              /* x5 = f */
	svc  #0                  /* the last instruction of the window */
CODE_LABEL(__cp_end)
	ret                      /* the result, or -errno, in x0 */
CODE_LABEL(__cp_cancel)
	b    __cancel            /* tail call: __cancel's result is ours */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
