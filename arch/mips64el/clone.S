/* mips64el (n64) clone: start fn(arg) in a new thread or process on its
 * own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id to the parent, or -errno (syscall/clone.c turns
 * that into -1 and errno, and checks fn and stack first).  The child never
 * returns: it runs fn(arg) and leaves through SYS_exit with fn's result.
 * The parent never touches the child's stack (a bad stack kills only the
 * child): fn and arg cross over in registers.  Which ones survive the trap
 * is MIPS' own question: the kernel's fast system call path saves only
 * v0/v1, a0-a5, t9, gp, sp and ra; for clone it saves
 * s0-s7 too, so that the child's copy has them; the other temporaries
 * come back as garbage.  fn goes in t9 ($25, where the PIC convention
 * wants a callee's address anyway) and arg in s0, which is callee-saved:
 * the parent keeps its own s0 in a frame on its own stack.
 *
 * Registers on entry (n64):      a0 fn, a1 stack, a2 flags, a3 arg,
 *                                a4 ptid, a5 tls, a6 ctid   ($4..$10)
 * At the syscall (CLONE_BACKWARDS): v0 __NR_clone, a0 flags, a1 stack,
 *                                a2 ptid, a3 tls, a4 ctid;
 *                                fn in t9, arg in s0
 * After it:                      a3 0 and v0 the id (0 in the child),
 *                                or a3 1 and v0 a positive errno
 * In the child:                  v0 0, sp = stack & -16, t9 fn, s0 arg,
 *                                ra and fp ($30) still the parent's
 *                                (replaced below)
 *
 * `.set noreorder`: the assembler does not fill delay slots; each is
 * filled by hand and commented "delay slot".
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	.set noreorder
	ENTRY(__clone)
	daddiu $29, $29, -16     /* the parent's own frame: room for s0 */
	.cfi_adjust_cfa_offset 16
	sd   $16, 0($29)         /* keep the parent's s0 */
	.cfi_rel_offset $16, 0
	move $25, $4             /* t9 = fn */
	move $16, $7             /* s0 = arg */
	move $4, $6              /* a0 = flags */
	dsrl $5, $5, 4           /* a1 = stack, rounded down to the ABI's 16: */
	dsll $5, $5, 4           /* the kernel loads it into the child's sp,
	                            and aligning the number writes no memory */
	move $6, $8              /* a2 = ptid */
	move $7, $9              /* a3 = tls */
	move $8, $10             /* a4 = ctid */
	li   $2, __NR_clone      /* v0 = the number (no delay slot follows
	                            `syscall`) */
	syscall
	bnez $7, 2f              /* a3 set: v0 is a positive errno */
	nop                      /* delay slot: nothing to do */
	bnez $2, 1f              /* the child's id: we are the parent */
	nop                      /* delay slot: nothing to do */

	.cfi_remember_state
	.cfi_undefined $31       /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
	.cfi_def_cfa_offset 0
	daddiu $29, $29, -16     /* child: a zeroed frame {ra 0, fp 0} */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the stack's top, sp + 16 */
	sd   $0, 8($29)          /* the first write to the new stack, made by
	                            the child itself (a bad stack faults here) */
	sd   $0, 0($29)
	move $30, $0             /* frame pointer 0: the chain ends */
	jalr $25                 /* fn(arg), through t9 as PIC code wants;
	                            sp is 16-aligned at the call */
	move $4, $16             /* delay slot: a0 = arg, before fn runs */
	move $4, $2              /* a0 = fn's result is the exit code; exit
	                            ends this thread only, not the group */
	li   $2, __NR_exit
	syscall
	teq  $0, $0              /* not reached: trap */

	.cfi_restore_state
2:	dsubu $2, $0, $2         /* v0 = -errno */
1:	ld   $16, 0($29)         /* parent: its own s0 back */
	.cfi_restore $16
	jr   $31                 /* the child's id or -errno in v0 */
	daddiu $29, $29, 16      /* delay slot: pop the frame */
	END(__clone)
	NO_EXEC_STACK
