/* ppc64le clone: start fn(arg) in a new thread or process on its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id to the parent, or -errno (syscall/clone.c turns
 * that into -1 and errno, and checks fn and stack first).  The child never
 * returns: it runs fn(arg) and leaves through SYS_exit with fn's result.
 * The parent never touches the child's stack (a bad stack kills only the
 * child): fn and arg cross over in r30 and r31, which `sc` preserves --
 * in the parent and in the child's copy alike.  They are callee-saved, so
 * the parent keeps its caller's values in its red zone (the 288 bytes
 * below r1 that a function may use without a frame) and reloads them.
 *
 * Registers on entry (ELFv2):  r3 fn, r4 stack, r5 flags, r6 arg,
 *                              r7 ptid, r8 tls, r9 ctid
 * At the sc (CLONE_BACKWARDS): r0 __NR_clone, r3 flags, r4 stack,
 *                              r5 ptid, r6 tls, r7 ctid;
 *                              fn in r30, arg in r31 (callee-saved)
 * After it:                    r3 the child's id (parent), 0 (child), or
 *                              the positive errno with cr0.SO set
 * In the child:                r1 = stack & -16, r30 fn, r31 arg, r2 and
 *                              lr still the parent's (replaced below)
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	.abiversion 2
	ENTRY(__clone)
	std  30, -16(1)          /* the caller's r30 and r31, in our red zone */
	std  31, -8(1)
	mr   30, 3               /* r30 = fn */
	mr   31, 6               /* r31 = arg */
	mr   3, 5                /* r3 = flags */
	clrrdi 4, 4, 4           /* r4 = stack, rounded down to the ABI's 16:
	                            the kernel loads it into the child's r1,
	                            and aligning the number writes no memory */
	mr   5, 7                /* r5 = ptid */
	mr   6, 8                /* r6 = tls: the child's r13 */
	mr   7, 9                /* r7 = ctid */
	li   0, __NR_clone
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
	li   0, 0
	stdu 0, -32(1)           /* child: the minimal frame, back chain 0: the
	                            first write to the new stack, made by the
	                            child itself (a bad stack faults here) */
	std  0, 16(1)            /* and its lr save word 0 */
	bcl  20, 31, 3f          /* r2 = .TOC., computed afresh from our own */
3:	mflr 2                   /* address, so that the child owes nothing */
	addis 2, 2, (.TOC.-3b)@ha  /* to the parent's registers but fn, arg */
	addi 2, 2, (.TOC.-3b)@l
	li   0, 0
	mtlr 0                   /* no return address but the call's */
	mr   12, 30              /* r12 = fn: ELFv2's rule for a call through
	                            a pointer, fn's global entry computes its
	                            r2 from r12 */
	mtctr 12
	mr   3, 31               /* arg: first argument */
	bctrl                    /* fn(arg); r1 is 16-aligned at the call */
	li   0, __NR_exit        /* r3 = fn's result is the exit code; exit
	                            ends this thread only, not the group */
	sc
	trap                     /* not reached */
	END(__clone)
	NO_EXEC_STACK
