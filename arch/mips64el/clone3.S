/* mips64el (n64) clone3 with a function: the child runs fn(arg) on the
 * stack the kernel gave it (clone_args.stack + stack_size) and leaves
 * through SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * Registers on entry:  a0 args, a1 size, a2 fn, a3 arg
 * At the syscall:      v0 __NR_clone3, a0 args, a1 size; fn in t9 and arg
 *                      in s0, as in arch/mips64el/clone.S (a3 is the
 *                      error flag, and the kernel keeps t9 and, for
 *                      clone3 as for clone, s0-s7); the parent keeps its
 *                      own s0 in a frame on its own stack
 * In the child:        v0 0, a3 0, sp = stack + stack_size (any
 *                      alignment: the kernel adds the two and checks
 *                      nothing more), t9 fn, s0 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	.set noreorder
	ENTRY(__clone3)
	daddiu $29, $29, -16     /* the parent's own frame: room for s0 */
	.cfi_adjust_cfa_offset 16
	sd   $16, 0($29)         /* keep the parent's s0 */
	.cfi_rel_offset $16, 0
	move $25, $6             /* t9 = fn */
	move $16, $7             /* s0 = arg */
	li   $2, __NR_clone3     /* a0 = args, a1 = size already */
	syscall
	bnez $7, 2f              /* a3 set: v0 is a positive errno */
	nop                      /* delay slot: nothing to do */
	bnez $2, 1f              /* the child's id: we are the parent */
	nop                      /* delay slot: nothing to do */

	.cfi_remember_state
	.cfi_undefined $31       /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
	.cfi_def_cfa_offset 0
	dsrl $29, $29, 4         /* child: sp &= -16, the ABI's alignment, */
	dsll $29, $29, 4         /* before any memory access through sp */
	daddiu $29, $29, -16     /* a zeroed frame {ra 0, fp 0} */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, sp + 16 */
	sd   $0, 8($29)
	sd   $0, 0($29)
	move $30, $0             /* frame pointer 0: the chain ends */
	jalr $25                 /* fn(arg), through t9 */
	move $4, $16             /* delay slot: a0 = arg, before fn runs */
	move $4, $2              /* a0 = fn's result; this thread only */
	li   $2, __NR_exit
	syscall
	teq  $0, $0              /* not reached: trap */

	.cfi_restore_state
2:	dsubu $2, $0, $2         /* v0 = -errno */
1:	ld   $16, 0($29)         /* parent: its own s0 back */
	.cfi_restore $16
	jr   $31                 /* the child's id or -errno in v0 */
	daddiu $29, $29, 16      /* delay slot: pop the frame */
	END(__clone3)
	NO_EXEC_STACK
