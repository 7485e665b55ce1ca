/* arm (EABI, Thumb-2) __syscall_cp_asm: a system call at a cancellation
 * point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after `svc`, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  r4, r5 and r7 are callee-saved but carry the
 * kernel's e, f and n: they are pushed before the window opens, so that
 * __cp_cancel, entered from anywhere in it, finds them at the same place.
 *
 * On entry (AAPCS):  r0 cancel, r1 n, r2 a, r3 b, [sp] c, [sp+4] d,
 *                    [sp+8] e, [sp+12] f; 16 more past the push
 * At the trap:       r7 n, r0..r5 a..f
 *
 * Thumb: the handler writes __cp_cancel's even address into the frame's
 * PC and leaves CPSR alone; its T bit says Thumb already, as it did for
 * the interrupted instruction (CODE_LABEL adds no bit 0).  The window has
 * no IT block, so no IT state in CPSR can apply to the wrong instructions.
 */
#include "internal/asm.h"

	.syntax unified
	.thumb
	.text
	ENTRY(__syscall_cp_asm)
	push {r4, r5, r7, lr}    /* callee-saved, and the return address */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA (sp at the call) is sp + 16, */
	.cfi_rel_offset r4, 0    /* the caller's r4 at [sp], */
	.cfi_rel_offset r5, 4    /* r5 at [sp, #4], */
	.cfi_rel_offset r7, 8    /* r7 at [sp, #8], */
	.cfi_rel_offset lr, 12   /* and lr at [sp, #12] */
CODE_LABEL(__cp_begin)
	ldr  r0, [r0]            /* the cancel flag, read inside the window */
	cmp  r0, #0              /* set? */
	bne  __cp_cancel         /* set already: no system call */
	mov  r7, r1              /* r7 = n */
	mov  r0, r2              /* r0 = a */
	mov  r1, r3              /* r1 = b */
	ldr  r2, [sp, #16]       /* r2 = c (5th argument, 16 up past the push) */
	ldr  r3, [sp, #20]       /* r3 = d */
	ldr  r4, [sp, #24]       /* r4 = e */
	ldr  r5, [sp, #28]       /* r5 = f */
	svc  0                   /* the last instruction of the window */
CODE_LABEL(__cp_end)
	pop  {r4, r5, r7, pc}    /* the result, or -errno, in r0 */
CODE_LABEL(__cp_cancel)
	pop  {r4, r5, r7, lr}    /* as at __cp_end: the window moved no sp */
	.cfi_adjust_cfa_offset -16  /* CFI: the CFA is sp again, and the */
	.cfi_restore r4          /* registers the caller's own */
	.cfi_restore r5          /* r5 restored */
	.cfi_restore r7          /* r7 restored */
	.cfi_restore lr          /* lr restored */
	b    __cancel            /* tail call: __cancel's result is ours */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
