/* ppc64le user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler
 * (arch/ppc64le/mcontext.h, a struct sigcontext at 168):
 *
 *   gp_regs[n] = rn at 232 + 8 * n     NIP (the pc) 488   LNK 520   CCR 536
 *   fp_regs[n] = fn at 616 + 8 * n     fpscr 872
 *   v_regs 880 -> vmx_reserve (888) rounded up to 16: vrregs[n] at
 *   16 * n, vscr at 512
 *
 * ELFv2's callee-saved registers are r14-r31, f14-f31, v20-v31, the cr
 * fields cr2-cr4, r1 (the stack pointer, whose word 0 is the back chain)
 * and r2 (the TOC); lr is the return address.  getcontext keeps those,
 * the whole cr, the fpscr and the vscr, lr also as the pc (a resume
 * returns to our caller), and r3 = 0, the value a resumed getcontext
 * returns.  The jump loads those, and r3-r10, which makecontext fills,
 * and r12 = the pc: ELFv2 wants a function's own address in r12 at its
 * global entry point, which computes r2 from it.  A signal frame's
 * context resumes the same way (r0, r11, ctr, xer, the other f and v
 * registers excepted); its v_regs may be NULL (no Altivec), and then the
 * vector registers stay as they are.  r13, the thread pointer, is the
 * thread's: never touched.
 *
 * Register map:
 *   getcontext, swapcontext:  r3 ucp/oucp, r4 ucp (kept for the tail
 *                             call), r0 r5 r6 f0 v0 scratch
 *   __ucontext_jump:          r11 ucp (loaded from nothing), r5 r6 r0
 *                             f0 v0 scratch, r12 = ctr = the pc
 *   __ucontext_trampoline:    r31 uc_link (makecontext's choice,
 *                             callee-saved: func gave it back), r2 ours
 *
 * None of getcontext, swapcontext, __ucontext_jump reads a global, so
 * none needs r2 on entry: a single entry point each (no .localentry),
 * and their tail calls (`b`) reach C's local entry with the caller's r2,
 * the program's only TOC in a static link.  The trampoline is reached
 * by func's blr, with no r12 to compute r2 from: it finds .TOC. from its
 * own address (bcl), as start.S does, before it calls C.
 *
 * Rejected: restoring only cr2-cr4 (mtcrf 0x38, as __longjmp does): the
 * other fields are volatile across a call, and a signal frame's context
 * wants them all.  Saving vrsave: ELFv2 gives it no meaning and the
 * kernel no longer uses it.  Loading r12 from gp_regs[12] rather than
 * from the pc: makecontext would have to store func twice, and a
 * signal frame's r12 is a temporary anyway.
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define GPR(n)  (UC_MCONTEXT_OFFSET + 64 + 8 * (n))   /* gp_regs[n] */
#define NIP     GPR(32)
#define LNK     GPR(36)
#define CCR     GPR(38)
#define FPR(n)  (UC_MCONTEXT_OFFSET + 448 + 8 * (n))  /* fp_regs[n] */
#define FPSCR   FPR(32)
#define VREGS   (UC_MCONTEXT_OFFSET + 712)           /* v_regs */
#define VMX     (UC_MCONTEXT_OFFSET + 720)           /* vmx_reserve */
#define VR(n)   (16 * (n))                           /* from *v_regs */
#define VSCR    VR(32)

/* Save into the context r3 points at; r4 (swapcontext's ucp) is kept. */
.macro SAVE
	mflr 0                   /* r0 = the return address */
	std  0, NIP(3)           /* the pc: a resume returns to our caller */
	std  0, LNK(3)           /* and lr as it was */
	mfcr 0
	std  0, CCR(3)           /* the condition register, every field */
	std  1, GPR(1)(3)        /* the stack pointer */
	std  2, GPR(2)(3)        /* the TOC */
	li   0, 0
	std  0, GPR(3)(3)        /* r3 = 0: what a resumed getcontext returns */
	std  14, GPR(14)(3)      /* the eighteen callee-saved gprs */
	std  15, GPR(15)(3)
	std  16, GPR(16)(3)
	std  17, GPR(17)(3)
	std  18, GPR(18)(3)
	std  19, GPR(19)(3)
	std  20, GPR(20)(3)
	std  21, GPR(21)(3)
	std  22, GPR(22)(3)
	std  23, GPR(23)(3)
	std  24, GPR(24)(3)
	std  25, GPR(25)(3)
	std  26, GPR(26)(3)
	std  27, GPR(27)(3)
	std  28, GPR(28)(3)
	std  29, GPR(29)(3)
	std  30, GPR(30)(3)
	std  31, GPR(31)(3)
	stfd 14, FPR(14)(3)      /* the eighteen callee-saved fprs */
	stfd 15, FPR(15)(3)
	stfd 16, FPR(16)(3)
	stfd 17, FPR(17)(3)
	stfd 18, FPR(18)(3)
	stfd 19, FPR(19)(3)
	stfd 20, FPR(20)(3)
	stfd 21, FPR(21)(3)
	stfd 22, FPR(22)(3)
	stfd 23, FPR(23)(3)
	stfd 24, FPR(24)(3)
	stfd 25, FPR(25)(3)
	stfd 26, FPR(26)(3)
	stfd 27, FPR(27)(3)
	stfd 28, FPR(28)(3)
	stfd 29, FPR(29)(3)
	stfd 30, FPR(30)(3)
	stfd 31, FPR(31)(3)
	mffs 0                   /* f0 = the fpscr (in its low word) */
	stfd 0, FPSCR(3)
	addi 5, 3, VMX + 15      /* r5 = vmx_reserve rounded up to 16: */
	clrrdi 5, 5, 4           /* stvx ignores an address's low 4 bits */
	std  5, VREGS(3)         /* v_regs = r5, as the kernel sets it */
	li   6, VR(20)           /* the twelve callee-saved vector registers, */
	stvx 20, 5, 6            /* each at r5 + r6 */
	li   6, VR(21)
	stvx 21, 5, 6
	li   6, VR(22)
	stvx 22, 5, 6
	li   6, VR(23)
	stvx 23, 5, 6
	li   6, VR(24)
	stvx 24, 5, 6
	li   6, VR(25)
	stvx 25, 5, 6
	li   6, VR(26)
	stvx 26, 5, 6
	li   6, VR(27)
	stvx 27, 5, 6
	li   6, VR(28)
	stvx 28, 5, 6
	li   6, VR(29)
	stvx 29, 5, 6
	li   6, VR(30)
	stvx 30, 5, 6
	li   6, VR(31)
	stvx 31, 5, 6
	mfvscr 0                 /* v0 = the vscr, in the word that a */
	li   6, VSCR             /* little-endian store writes first */
	stvx 0, 5, 6
.endm

	.text
	.abiversion 2
	WEAK_ENTRY(getcontext)
	SAVE
	b    __ucontext_getmask  /* tail call, ucp still in r3: it reads the
	                            mask and returns 0 to our caller via lr */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                     /* r3 oucp, r4 ucp */
	b    __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	mr   11, 3               /* r11 = ucp: r3 is loaded below */
	ld   5, VREGS(11)        /* r5 = v_regs */
	cmpdi 5, 0
	beq  1f                  /* NULL: no vector registers to load */
	li   6, VSCR
	lvx  0, 5, 6             /* the vscr, through v0 */
	mtvscr 0
	li   6, VR(20)           /* v20-v31 */
	lvx  20, 5, 6
	li   6, VR(21)
	lvx  21, 5, 6
	li   6, VR(22)
	lvx  22, 5, 6
	li   6, VR(23)
	lvx  23, 5, 6
	li   6, VR(24)
	lvx  24, 5, 6
	li   6, VR(25)
	lvx  25, 5, 6
	li   6, VR(26)
	lvx  26, 5, 6
	li   6, VR(27)
	lvx  27, 5, 6
	li   6, VR(28)
	lvx  28, 5, 6
	li   6, VR(29)
	lvx  29, 5, 6
	li   6, VR(30)
	lvx  30, 5, 6
	li   6, VR(31)
	lvx  31, 5, 6
1:	lfd  0, FPSCR(11)        /* the fpscr, all eight fields, through f0 */
	mtfsf 0xff, 0
	lfd  14, FPR(14)(11)     /* f14-f31 */
	lfd  15, FPR(15)(11)
	lfd  16, FPR(16)(11)
	lfd  17, FPR(17)(11)
	lfd  18, FPR(18)(11)
	lfd  19, FPR(19)(11)
	lfd  20, FPR(20)(11)
	lfd  21, FPR(21)(11)
	lfd  22, FPR(22)(11)
	lfd  23, FPR(23)(11)
	lfd  24, FPR(24)(11)
	lfd  25, FPR(25)(11)
	lfd  26, FPR(26)(11)
	lfd  27, FPR(27)(11)
	lfd  28, FPR(28)(11)
	lfd  29, FPR(29)(11)
	lfd  30, FPR(30)(11)
	lfd  31, FPR(31)(11)
	ld   0, CCR(11)          /* cr, every field (after the cmpdi above) */
	mtcr 0
	ld   0, LNK(11)          /* lr: a makecontext function's way out */
	mtlr 0
	ld   1, GPR(1)(11)       /* the context's stack */
	ld   2, GPR(2)(11)       /* and TOC */
	ld   14, GPR(14)(11)     /* r14-r31 */
	ld   15, GPR(15)(11)
	ld   16, GPR(16)(11)
	ld   17, GPR(17)(11)
	ld   18, GPR(18)(11)
	ld   19, GPR(19)(11)
	ld   20, GPR(20)(11)
	ld   21, GPR(21)(11)
	ld   22, GPR(22)(11)
	ld   23, GPR(23)(11)
	ld   24, GPR(24)(11)
	ld   25, GPR(25)(11)
	ld   26, GPR(26)(11)
	ld   27, GPR(27)(11)
	ld   28, GPR(28)(11)
	ld   29, GPR(29)(11)
	ld   30, GPR(30)(11)
	ld   31, GPR(31)(11)
	ld   3, GPR(3)(11)       /* the argument registers r3-r10, r3 = 0 */
	ld   4, GPR(4)(11)       /* after a getcontext */
	ld   5, GPR(5)(11)
	ld   6, GPR(6)(11)
	ld   7, GPR(7)(11)
	ld   8, GPR(8)(11)
	ld   9, GPR(9)(11)
	ld   10, GPR(10)(11)
	ld   12, NIP(11)         /* r12 = the pc: a global entry's due */
	mtctr 12
	bctr                     /* on at the pc */
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined lr        /* CFI: no caller: the context began here */
	bcl  20, 31, 1f          /* lr = the address of 1 (this form of bl */
1:	mflr 2                   /* does not upset the return predictor) */
	addis 2, 2, (.TOC.-1b)@ha  /* r2 = .TOC.: 1b + the link-time */
	addi 2, 2, (.TOC.-1b)@l    /* distance, in two halves */
	cmpdi 31, 0              /* r31 = uc_link (makecontext put it there; */
	beq  2f                  /* the function kept it, being callee-saved) */
	mr   3, 31
	bl   __setcontext        /* setcontext(uc_link): returns only on error */
	nop                      /* the linker's TOC-restore slot */
	li   3, 1                /* exit(1): the link was no context */
	bl   exit
	nop
2:	li   3, 0                /* no link: exit(0), as glibc does */
	bl   exit
	nop
	trap                     /* not reached */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
