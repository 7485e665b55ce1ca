/* s390x clone: start fn(arg) in a new thread or process on its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id to the parent, or -errno (syscall/clone.c turns
 * that into -1 and errno, and checks fn and stack first).  The child never
 * returns: it runs fn(arg) and leaves through SYS_exit with fn's result.
 * The parent never touches the child's stack (a bad stack kills only the
 * child): fn and arg cross over in registers, since `svc 0` changes no
 * register but r2 -- in the parent and in the child's copy alike.
 *
 * Registers on entry (s390x ELF ABI):  r2 fn, r3 stack, r4 flags, r5 arg,
 *                                r6 ptid, 160(r15) tls, 168(r15) ctid
 *                                (the sixth and seventh arguments sit just
 *                                above the caller's 160-byte save area)
 * At the svc (CLONE_BACKWARDS2): r1 __NR_clone, r2 stack, r3 flags,
 *                                r4 ptid, r5 ctid, r6 tls;
 *                                fn in r7, arg in r0
 * In the child:                  r2 0, r15 = stack & -8, r7 fn, r0 arg,
 *                                a0/a1 = tls (with CLONE_SETTLS),
 *                                r14 still the parent's (replaced below)
 *
 * r6 and r7 are callee-saved: the parent keeps them in the slots its
 * caller's register save area has for them (48 and 56 bytes above sp,
 * memory of the parent's own stack) and reloads them after the svc.  r0
 * cannot hold fn: `basr %r14, %r0` means "no branch".
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone)
	stmg  %r6, %r7, 48(%r15) /* our callee-saved r6, r7 into our caller's
	                            save area: we need both below */
	.cfi_offset %r6, 48 - 160  /* CFI: the CFA is sp + 160 */
	.cfi_offset %r7, 56 - 160
	lgr   %r7, %r2           /* r7 = fn */
	lgr   %r0, %r5           /* r0 = arg */
	lgr   %r2, %r3           /* r2 = stack ... */
	nill  %r2, 0xfff8        /* ... rounded down to the ABI's 8: the kernel
	                            loads it into the child's r15, and aligning
	                            the number writes no memory */
	llgfr %r3, %r4           /* r3 = flags, zero-extended from 32 bits */
	lgr   %r4, %r6           /* r4 = ptid */
	lg    %r5, 168(%r15)     /* r5 = ctid (the 7th argument) */
	lg    %r6, 160(%r15)     /* r6 = tls (the 6th argument) */
	lghi  %r1, __NR_clone
	svc   0
	ltgr  %r2, %r2           /* 0: we are the child */
	jz    1f
	lmg   %r6, %r7, 48(%r15) /* parent: r6, r7 as our caller left them */
	br    %r14               /* child id or -errno in r2 */

1:	.cfi_undefined %r14      /* CFI, child: no return address, the call
	                            chain ends here */
	aghi  %r15, -160         /* child: fn's register save area */
	.cfi_def_cfa_offset 160  /* CFI: the CFA is the stack's top */
	xc    0(8,%r15), 0(%r15) /* back chain 0: the first write to the new
	                            stack, made by the child itself (a bad
	                            stack faults here) */
	lgr   %r2, %r0           /* arg: first argument */
	basr  %r14, %r7          /* fn(arg); r15 is 8-aligned at the call */
	lghi  %r1, __NR_exit     /* r2 = fn's result is the exit code; exit
	                            ends this thread only, not the group */
	svc   0
	.word 0                  /* not reached: an illegal instruction */
	END(__clone)
	NO_EXEC_STACK
