/* aarch64 clone: start fn(arg) in a new thread or process on its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id to the parent, or -errno (syscall/clone.c turns
 * that into -1 and errno, and checks fn and stack first).  The child never
 * returns: it runs fn(arg) and leaves through SYS_exit with fn's result.
 * The parent never touches the child's stack (a bad stack kills only the
 * child): fn and arg cross over in registers, since `svc #0` changes no
 * register but x0 -- in the parent and in the child's copy alike.
 *
 * Registers on entry (AAPCS64):  x0 fn, x1 stack, w2 flags, x3 arg,
 *                                x4 ptid, x5 tls, x6 ctid
 * At the svc (CLONE_BACKWARDS):  x8 __NR_clone, x0 flags, x1 stack,
 *                                x2 ptid, x3 tls, x4 ctid;
 *                                fn in x10, arg in x11 (scratch registers)
 * In the child:                  x0 0, sp = stack & -16, x10 fn, x11 arg,
 *                                x29/x30 still the parent's (replaced below)
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone)
	mov  x10, x0             /* x10 = fn */
	mov  x11, x3             /* x11 = arg */
	mov  w0, w2              /* x0 = flags; a w-write zeroes the top half */
	and  x1, x1, #-16        /* x1 = stack, rounded down to the ABI's 16:
	                            the kernel loads it into the child's sp, and
	                            aligning the number writes no memory */
	mov  x2, x4              /* x2 = ptid */
	mov  x3, x5              /* x3 = tls */
	mov  x4, x6              /* x4 = ctid */
	mov  x8, #__NR_clone
	svc  #0
	cbz  x0, 1f              /* 0: we are the child */
	ret                      /* parent: child id or -errno in x0 */

1:	.cfi_undefined x30       /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
	stp  xzr, xzr, [sp, #-16]!  /* child: a frame record {fp 0, lr 0}: the
	                            first write to the new stack, made by the
	                            child itself (a bad stack faults here) */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the stack's top, sp + 16 */
	mov  x29, sp             /* the frame chain ends at that record */
	mov  x0, x11             /* arg: first argument */
	blr  x10                 /* fn(arg); sp is 16-aligned at the call */
	mov  x8, #__NR_exit      /* x0 = fn's result is the exit code; exit
	                            ends this thread only, not the group */
	svc  #0
	udf  #0                  /* not reached */
	END(__clone)
	NO_EXEC_STACK
