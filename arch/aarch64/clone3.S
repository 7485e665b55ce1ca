/* aarch64 clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * Registers on entry:  x0 args, x1 size, x2 fn, x3 arg
 * At the svc:          x8 __NR_clone3, x0 args, x1 size; fn and arg stay
 *                      in x2 and x3, which the kernel gives back unchanged
 *                      (it writes only x0) to the parent and the child
 * In the child:        x0 0, sp = stack + stack_size (any alignment: the
 *                      kernel adds the two and checks nothing more),
 *                      x2 fn, x3 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone3)
	mov  x8, #__NR_clone3    /* x0 = args, x1 = size already */
	svc  #0
	cbz  x0, 1f              /* 0: we are the child */
	ret                      /* parent: child id or -errno in x0 */

1:	.cfi_undefined x30       /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
	mov  x9, sp              /* child: `and` cannot read sp, only write it */
	and  sp, x9, #-16        /* the ABI's 16-byte alignment, before any
	                            memory access through sp (the hardware
	                            faults a misaligned one) */
	stp  xzr, xzr, [sp, #-16]!  /* a frame record {fp 0, lr 0} */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, sp + 16 */
	mov  x29, sp             /* the frame chain ends at that record */
	mov  x0, x3              /* arg: first argument */
	blr  x2                  /* fn(arg) */
	mov  x8, #__NR_exit      /* x0 = fn's result; this thread only */
	svc  #0
	udf  #0                  /* not reached */
	END(__clone3)
	NO_EXEC_STACK
