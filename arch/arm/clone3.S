/* arm (EABI, Thumb-2) clone3 with a function: the child runs fn(arg) on
 * the stack the kernel gave it (clone_args.stack + stack_size) and leaves
 * through SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * On entry (AAPCS):  r0 args, r1 size, r2 fn, r3 arg
 * At the syscall:    r7 435, r0 args, r1 size; fn and arg stay in r2 and
 *                    r3 (`svc 0` changes only r0); r7, callee-saved,
 *                    waits in ip, which the syscall keeps too
 * In the child:      r0 0, sp = stack + stack_size, r2 fn, r3 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.syntax unified
	.thumb
	.text
	ENTRY(__clone3)
	mov  ip, r7              /* save r7 without touching the stack */
	.cfi_register r7, ip     /* CFI: the caller's r7 is in ip */
	movw r7, #__NR_clone3    /* 435: too wide for mov's immediate forms */
	svc  0
	cbz  r0, 1f              /* 0: we are the child */
	mov  r7, ip
	.cfi_restore r7          /* CFI: r7 is the caller's own again */
	bx   lr                  /* parent: the child's id or -errno */

1:	.cfi_undefined lr        /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
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
	mov  r0, r3              /* arg: first argument */
	blx  r2                  /* fn(arg) */
	mov  r7, #__NR_exit      /* r0 = fn's result, the exit code; */
	svc  0                   /* exit this thread only */
	udf  #0                  /* not reached */
	END(__clone3)
	NO_EXEC_STACK
