/* mips64el (n64) __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after `syscall`, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  No register needs saving and the stack is never
 * touched, so __cp_cancel is a plain tail call.  The error flag in a3 is
 * turned into -errno after the window, as arch/mips64el/syscall.h does.
 *
 * On entry (n64):  a0 cancel, a1 n, a2..a7 a..f   ($4..$11)
 * At the trap:     v0 n, a0..a5 a..f              ($2, $4..$9)
 */
#include "internal/asm.h"

	.text
	.set noreorder
	ENTRY(__syscall_cp_asm)
CODE_LABEL(__cp_begin)
	lw   $12, 0($4)          /* t0 = the cancel flag, read in the window */
	bnez $12, __cp_cancel    /* set already: no system call */
	move $2, $5              /* delay slot: v0 = n (harmless if taken) */
	move $4, $6              /* a0 = a */
	move $5, $7              /* a1 = b */
	move $6, $8              /* a2 = c */
	move $7, $9              /* a3 = d */
	move $8, $10             /* a4 = e */
	move $9, $11             /* a5 = f */
	syscall                  /* the last instruction of the window */
CODE_LABEL(__cp_end)
	dsubu $12, $0, $2        /* t0 = -v0 */
	jr   $31                 /* the result, or -errno, in v0 */
	movn $2, $12, $7         /* delay slot: a3 set, v0 = -errno */
CODE_LABEL(__cp_cancel)
	j    __cancel            /* tail call: __cancel's result is ours */
	nop                      /* delay slot: nothing to do */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
