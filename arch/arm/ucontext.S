/* arm (EABI, Thumb-2, VFP) user contexts: the registers
 * (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler
 * (arch/arm/mcontext.h): r0-r12 at 32..80, sp 84, lr 88, pc 92; a VFP
 * record in uc_regspace at 232 (magic, size, d0-d31 from 240, fpscr at
 * 496).  getcontext keeps what a call must preserve: r4-r11, sp, lr
 * (also as the pc, Thumb bit and all: a resume returns to our caller),
 * d8-d15, fpscr, and r0 = 0, the value a resumed getcontext returns.
 * The jump loads those and r0-r3, which makecontext fills.  (A signal
 * frame's pc has no Thumb bit, its cpsr says the mode: such a context is
 * for sigreturn, not for this jump, as with glibc.)
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define R(n)      (UC_MCONTEXT_OFFSET + 12 + 4 * (n))   /* arm_r0 + n */
#define SP        R(13)
#define LR        R(14)
#define PC        R(15)
#define VFP       UC_REGSPACE_OFFSET
#define D8        (VFP + 8 + 8 * 8)                     /* d8 in the record */
#define FPSCR     (VFP + 8 + 8 * 32)
#define VFP_MAGIC 0x56465001
#define VFP_SIZE  0x120

	.syntax unified
	.thumb

/* Save into the context r0 points at; r1 (swapcontext's ucp) is kept. */
.macro SAVE
	add  r2, r0, #R(4)
	stm  r2, {r4-r11}        /* the callee-saved registers, r4-r11 */
	mov  r2, sp              /* Thumb-2 stores sp through another register */
	str  r2, [r0, #SP]
	str  lr, [r0, #LR]
	str  lr, [r0, #PC]       /* pc: the return address */
	movs r2, #0
	str  r2, [r0, #R(0)]     /* r0 = 0: what a resumed getcontext returns */
	movw r2, #(VFP_MAGIC & 0xffff)   /* the VFP record's header */
	movt r2, #(VFP_MAGIC >> 16)
	mov  r3, #VFP_SIZE
	strd r2, r3, [r0, #VFP]
	add  r2, r0, #D8
	vstmia r2, {d8-d15}      /* the callee-saved VFP registers */
	vmrs r3, fpscr           /* FP status and control */
	str  r3, [r0, #FPSCR]
.endm

	.text
	WEAK_ENTRY(getcontext)
	SAVE
	b    __ucontext_getmask  /* tail call, ucp still in r0: it reads the
	                            mask and returns 0 to our caller via lr */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                     /* r0 oucp, r1 ucp */
	b    __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	mov  ip, r0              /* ip = ucp: r0 is loaded below */
	ldr  r2, [ip, #VFP]      /* a VFP record first? (always, from */
	movw r3, #(VFP_MAGIC & 0xffff)   /* getcontext or the kernel) */
	movt r3, #(VFP_MAGIC >> 16)
	cmp  r2, r3
	bne  1f
	add  r2, ip, #D8
	vldmia r2, {d8-d15}      /* the callee-saved VFP registers */
	ldr  r3, [ip, #FPSCR]
	vmsr fpscr, r3           /* FP status and control */
1:	ldr  r2, [ip, #SP]
	mov  sp, r2              /* the context's stack */
	ldr  lr, [ip, #LR]       /* its return address */
	add  ip, ip, #R(0)       /* ip = &arm_r0 */
	ldm  ip, {r0-r11}        /* r0-r3 (makecontext's arguments), r4-r11 */
	ldr  pc, [ip, #(PC - R(0))]  /* on at the pc; bit 0 picks Thumb */
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined lr        /* CFI: no caller: the context began here */
	cbz  r4, 1f              /* r4 = uc_link (makecontext put it there; */
	mov  r0, r4              /* the function kept it, being callee-saved) */
	bl   __setcontext        /* setcontext(uc_link): returns only on error */
	movs r0, #1              /* exit(1): the link was no context */
	bl   exit
1:	movs r0, #0              /* no link: exit(0), as glibc does */
	bl   exit
	udf  #0                  /* not reached */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
