/* s390x clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * Registers on entry:  r2 args, r3 size, r4 fn, r5 arg
 * At the svc:          r1 __NR_clone3, r2 args, r3 size; fn and arg stay
 *                      in r4 and r5, which the kernel gives back unchanged
 *                      (it writes only r2) to the parent and the child
 * In the child:        r2 0, r15 = stack + stack_size (any alignment: the
 *                      kernel adds the two and checks nothing more),
 *                      r4 fn, r5 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone3)
	lghi  %r1, __NR_clone3   /* r2 = args, r3 = size already */
	svc   0
	ltgr  %r2, %r2           /* 0: we are the child */
	jz    1f
	br    %r14               /* parent: child id or -errno in r2 */

1:	.cfi_undefined %r14      /* CFI, child: no return address, the call
	                            chain ends here */
	nill  %r15, 0xfff8       /* child: the ABI's 8-byte alignment */
	aghi  %r15, -160         /* fn's register save area */
	xc    0(8,%r15), 0(%r15) /* back chain 0: backtraces stop here */
	lgr   %r2, %r5           /* arg: first argument */
	basr  %r14, %r4          /* fn(arg) */
	lghi  %r1, __NR_exit     /* r2 = fn's result; this thread only */
	svc   0
	.word 0                  /* not reached: an illegal instruction */
	END(__clone3)
	NO_EXEC_STACK
