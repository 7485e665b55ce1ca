/* ppc64le clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).  As in clone.S, fn and arg
 * cross the trap in the callee-saved r30 and r31, whose old values the
 * parent keeps in its red zone.
 *
 * Registers on entry:  r3 args, r4 size, r5 fn, r6 arg
 * At the sc:           r0 __NR_clone3, r3 args, r4 size; r30 fn, r31 arg
 * In the child:        r3 0, r1 = stack + stack_size (any alignment: the
 *                      kernel adds the two and checks nothing more),
 *                      r30 fn, r31 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	.abiversion 2
	ENTRY(__clone3)
	std  30, -16(1)          /* the caller's r30 and r31, in our red zone */
	std  31, -8(1)
	mr   30, 5               /* r30 = fn */
	mr   31, 6               /* r31 = arg */
	li   0, __NR_clone3      /* r3 = args, r4 = size already */
	sc
	bns+ 1f                  /* cr0.SO clear: no error */
	neg  3, 3                /* error: the positive errno, negated */
1:	cmpdi 3, 0
	beq  2f                  /* 0: we are the child */
	ld   30, -16(1)          /* parent: its caller's r30, r31 back */
	ld   31, -8(1)
	blr                      /* child id or -errno in r3 */

2:	.cfi_undefined lr        /* CFI, child: no return address, the call
	                            chain ends here */
	clrrdi 1, 1, 4           /* the ABI's 16-byte alignment, before any
	                            memory access through r1 */
	li   0, 0
	stdu 0, -32(1)           /* the minimal frame, back chain 0 */
	std  0, 16(1)            /* and its lr save word 0 */
	bcl  20, 31, 3f          /* r2 = .TOC., from our own address */
3:	mflr 2
	addis 2, 2, (.TOC.-3b)@ha
	addi 2, 2, (.TOC.-3b)@l
	li   0, 0
	mtlr 0                   /* no return address but the call's */
	mr   12, 30              /* r12 = fn, for fn's global entry */
	mtctr 12
	mr   3, 31               /* arg: first argument */
	bctrl                    /* fn(arg) */
	li   0, __NR_exit        /* r3 = fn's result; this thread only */
	sc
	trap                     /* not reached */
	END(__clone3)
	NO_EXEC_STACK
