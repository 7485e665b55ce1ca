/* s390x user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler
 * (arch/s390x/mcontext.h, _sigregs at 40; big-endian, as everything
 * here):
 *
 *   psw.mask 40   psw.addr (the pc) 48   gregs[n] = rn at 56 + 8 * n
 *   aregs[n] = an at 184 + 4 * n   fpc 248   fprs[n] = fn at 256 + 8 * n
 *
 * The s390x ELF ABI's callee-saved registers are r6-r13, r15 (the stack
 * pointer, whose word 0 is the back chain) and f8-f15; r14 is the return
 * address.  getcontext keeps those, r14 also as the pc (a resume returns
 * to our caller), the FP control register, and r2 = 0, the value a
 * resumed getcontext returns.  The jump loads those, and r2-r6, the
 * argument registers, which makecontext fills.  A signal frame's
 * context resumes the same way (r0, r1, f0-f7 and the condition code
 * excepted).
 *
 * The access registers are recorded, for a reader of uc_mcontext, and
 * never loaded: a0 and a1 hold the thread pointer, the thread's own, not
 * a context's; the others the ABI does not use.  The PSW's mask cannot
 * be read in problem state (EPSW may be disabled, and its condition code
 * is dead across a call anyway): getcontext writes 0, the jump ignores
 * it.
 *
 * Register map:
 *   getcontext, swapcontext:  r2 ucp/oucp, r3 ucp (kept for the tail
 *                             call), r0 scratch
 *   __ucontext_jump:          r2 ucp (loaded last), r1 the pc
 *   __ucontext_trampoline:    r7 uc_link (makecontext's choice,
 *                             callee-saved: func gave it back), r15 the
 *                             frame makecontext made (160 bytes of
 *                             register save area for our callees)
 *
 * Rejected: one `lmg %r2, %r15` with r2 as its own base (the operand
 * address is formed before the load, so it would work): loading r2 last
 * says the same plainly.  Branching through r0: `br %r0` is no branch.
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define PSW_MASK  UC_MCONTEXT_OFFSET
#define PSW_ADDR  (UC_MCONTEXT_OFFSET + 8)
#define GREG(n)   (UC_MCONTEXT_OFFSET + 16 + 8 * (n))    /* gregs[n] */
#define AREG(n)   (UC_MCONTEXT_OFFSET + 144 + 4 * (n))   /* aregs[n] */
#define FPC       (UC_MCONTEXT_OFFSET + 208)
#define FPR(n)    (UC_MCONTEXT_OFFSET + 216 + 8 * (n))   /* fprs[n] */

/* Save into the context r2 points at; r3 (swapcontext's ucp) is kept. */
.macro SAVE
	stg   %r14, PSW_ADDR(%r2)  /* the pc: a resume returns to our caller */
	lghi  %r0, 0
	stg   %r0, PSW_MASK(%r2)   /* no PSW mask to record */
	stg   %r0, GREG(2)(%r2)    /* r2 = 0: what a resumed getcontext returns */
	stmg  %r6, %r15, GREG(6)(%r2)  /* r6-r13, r14, sp: one store */
	stam  %a0, %a15, AREG(0)(%r2)  /* the access registers, for readers */
	stfpc FPC(%r2)             /* the FP control register */
	std   %f8, FPR(8)(%r2)     /* the callee-saved floating-point registers */
	std   %f9, FPR(9)(%r2)
	std   %f10, FPR(10)(%r2)
	std   %f11, FPR(11)(%r2)
	std   %f12, FPR(12)(%r2)
	std   %f13, FPR(13)(%r2)
	std   %f14, FPR(14)(%r2)
	std   %f15, FPR(15)(%r2)
.endm

	.text
	WEAK_ENTRY(getcontext)
	SAVE
	jg    __ucontext_getmask   /* tail call, ucp still in r2: it reads the
	                              mask and returns 0 to our caller via r14 */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                       /* r2 oucp, r3 ucp */
	jg    __ucontext_swap      /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	lfpc  FPC(%r2)             /* FP control: rounding mode, masks, flags */
	ld    %f8, FPR(8)(%r2)     /* f8-f15 */
	ld    %f9, FPR(9)(%r2)
	ld    %f10, FPR(10)(%r2)
	ld    %f11, FPR(11)(%r2)
	ld    %f12, FPR(12)(%r2)
	ld    %f13, FPR(13)(%r2)
	ld    %f14, FPR(14)(%r2)
	ld    %f15, FPR(15)(%r2)
	lg    %r1, PSW_ADDR(%r2)   /* r1 = the pc (r1 is no one's) */
	lmg   %r3, %r15, GREG(3)(%r2)  /* r3-r6 arguments (r6 callee-saved too),
	                              r7-r13, r14, sp */
	lg    %r2, GREG(2)(%r2)    /* r2 last: it was the base */
	br    %r1                  /* on at the pc */
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined %r14        /* CFI: no caller: the context began here */
	ltgr  %r2, %r7             /* r2 = r7 = uc_link (makecontext put it */
	jz    1f                   /* there; func kept it, being callee-saved) */
	brasl %r14, __setcontext   /* setcontext(uc_link): returns only on error */
	lghi  %r2, 1               /* exit(1): the link was no context */
	brasl %r14, exit
1:	lghi  %r2, 0               /* no link: exit(0), as glibc does */
	brasl %r14, exit
	.word 0                    /* not reached: an illegal instruction */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
