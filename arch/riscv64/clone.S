/* riscv64 clone: start fn(arg) in a new thread or process on its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id to the parent, or -errno (syscall/clone.c turns
 * that into -1 and errno, and checks fn and stack first).  The child never
 * returns: it runs fn(arg) and leaves through SYS_exit with fn's result.
 * The parent never touches the child's stack (a bad stack kills only the
 * child): fn and arg cross over in registers, since `ecall` changes no
 * register but a0 -- in the parent and in the child's copy alike.
 *
 * Registers on entry (LP64D):    a0 fn, a1 stack, a2 flags, a3 arg,
 *                                a4 ptid, a5 tls, a6 ctid
 * At the ecall (CLONE_BACKWARDS): a7 __NR_clone, a0 flags, a1 stack,
 *                                a2 ptid, a3 tls, a4 ctid;
 *                                fn in t0, arg in t1 (temporaries)
 * In the child:                  a0 0, sp = stack & -16, t0 fn, t1 arg,
 *                                tp = tls with CLONE_SETTLS,
 *                                s0/ra still the parent's (replaced below)
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone)
	mv   t0, a0              /* t0 = fn */
	mv   t1, a3              /* t1 = arg */
	mv   a0, a2              /* a0 = flags (sign-extended, as the ABI
	                            passes an int; the kernel reads 32 bits) */
	andi a1, a1, -16         /* a1 = stack, rounded down to the ABI's 16:
	                            the kernel loads it into the child's sp, and
	                            aligning the number writes no memory */
	mv   a2, a4              /* a2 = ptid */
	mv   a3, a5              /* a3 = tls */
	mv   a4, a6              /* a4 = ctid */
	li   a7, __NR_clone
	ecall
	beqz a0, 1f              /* 0: we are the child */
	ret                      /* parent: child id or -errno in a0 */

1:	.cfi_undefined ra        /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
	addi sp, sp, -16         /* child: room for a frame record */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the stack's top, sp + 16 */
	sd   zero, 8(sp)         /* return address 0: the first write to the
	                            new stack, made by the child itself (a bad
	                            stack faults here) */
	sd   zero, 0(sp)         /* saved frame pointer 0 */
	addi s0, sp, 16          /* riscv's fp points just above its record
	                            ({fp at -16, ra at -8}): the chain ends */
	mv   a0, t1              /* arg: first argument */
	jalr t0                  /* fn(arg); sp is 16-aligned at the call */
	li   a7, __NR_exit       /* a0 = fn's result is the exit code; exit
	                            ends this thread only, not the group */
	ecall
	unimp                    /* not reached */
	END(__clone)
	NO_EXEC_STACK
