/* arm (EABI, Thumb-2) clone: start fn(arg) in a new thread or process on
 * its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno).  The child runs fn(arg) and leaves through SYS_exit (this thread
 * only) with fn's result.  Neither side writes the other's stack: fn and
 * arg cross over in r5 and r6, which `svc 0` keeps (it changes only r0).
 *
 * On entry (AAPCS):  r0 fn, r1 stack, r2 flags, r3 arg,
 *                    [sp] ptid, [sp+4] tls, [sp+8] ctid
 * At the syscall (CLONE_BACKWARDS):  r7 120, r0 flags, r1 stack, r2 ptid,
 *                    r3 tls, r4 ctid; fn in r5, arg in r6
 * In the child:      r0 0, sp = stack, r5 fn, r6 arg, the rest as the
 *                    parent had them (lr points into the parent's caller)
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.syntax unified
	.thumb
	.text
	ENTRY(__clone)
	push {r4-r7}             /* callee-saved, on the parent's own stack */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA (sp at the call) is sp + 16, */
	.cfi_rel_offset r4, 0    /* the caller's r4 at [sp], */
	.cfi_rel_offset r5, 4    /* r5 at [sp, #4], */
	.cfi_rel_offset r6, 8    /* r6 at [sp, #8] */
	.cfi_rel_offset r7, 12   /* and r7 at [sp, #12] */
	mov  r5, r0              /* r5 = fn */
	mov  r6, r3              /* r6 = arg */
	mov  r0, r2              /* r0 = flags; r1 = stack already */
	ldr  r2, [sp, #16]       /* r2 = ptid (5th argument, 16 up past the push) */
	ldr  r3, [sp, #20]       /* r3 = tls */
	ldr  r4, [sp, #24]       /* r4 = ctid */
	mov  r7, #__NR_clone
	svc  0
	cbz  r0, 1f              /* 0: we are the child */
	pop  {r4-r7}
	.cfi_adjust_cfa_offset -16  /* CFI: the CFA is sp again, and r4-r7 */
	.cfi_restore r4          /* are the caller's own */
	.cfi_restore r5          /* r5 restored */
	.cfi_restore r6          /* r6 restored */
	.cfi_restore r7          /* r7 restored */
	bx   lr                  /* parent: the child's id or -errno in r0 */

1:	.cfi_undefined lr        /* CFI, child: no return address, the call */
	.cfi_def_cfa_offset 0    /* chain ends here; the CFA is sp itself */
	mov  r7, r0              /* child: r7, Thumb's frame pointer, = 0 */
	mov  r11, r0             /* r11, ARM state's frame pointer, = 0 */
	mov  lr, r0              /* lr = 0: no return address to unwind to */
	mov  r1, sp
	bic  r1, r1, #15         /* AAPCS asks 8-byte alignment; 16 costs nothing */
	mov  sp, r1              /* (Thumb has no bic on sp itself) */
	push {r7, lr}            /* a zeroed frame record {fp, lr}; a bad stack
	                            faults here, in the child, before fn runs */
	sub  sp, sp, #8          /* back to 16-byte alignment */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, sp + 16 */
	mov  r0, r6              /* arg: first argument */
	blx  r5                  /* fn(arg); bit 0 of fn picks Thumb or ARM */
	mov  r7, #__NR_exit      /* r0 = fn's result, the exit code; */
	svc  0                   /* exit this thread only, not the group */
	udf  #0                  /* not reached */
	END(__clone)
	NO_EXEC_STACK
