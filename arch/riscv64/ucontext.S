/* riscv64 user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler
 * (arch/riscv64/mcontext.h): __gregs[n] = xn at 176 + 8 * n, except
 * __gregs[0], the pc; the D extension's f[n] at 432 + 8 * n, fcsr at
 * 688.  getcontext keeps what a call must preserve: ra (also as the pc:
 * a resume returns to our caller), sp, s0-s11, fs0-fs11 (f8, f9,
 * f18-f27), fcsr, and a0 = 0, the value a resumed getcontext returns.
 * The jump loads those and a0-a7, which makecontext fills; a signal
 * frame's context resumes the same way (the temporaries excepted).
 * gp and tp are the program's and the thread's: never touched.
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define X(n) (UC_MCONTEXT_OFFSET + 8 * (n))         /* __gregs[n]: xn */
#define PC   X(0)
#define F(n) (UC_MCONTEXT_OFFSET + 256 + 8 * (n))   /* f[n] */
#define FCSR F(32)

/* Save into the context a0 points at; a1 (swapcontext's ucp) is kept. */
.macro SAVE
	sd   ra, PC(a0)          /* the pc: the return address */
	sd   ra, X(1)(a0)
	sd   sp, X(2)(a0)
	sd   s0, X(8)(a0)        /* the callee-saved registers: s0, s1 */
	sd   s1, X(9)(a0)
	sd   s2, X(18)(a0)       /* s2-s11 are x18-x27 */
	sd   s3, X(19)(a0)
	sd   s4, X(20)(a0)
	sd   s5, X(21)(a0)
	sd   s6, X(22)(a0)
	sd   s7, X(23)(a0)
	sd   s8, X(24)(a0)
	sd   s9, X(25)(a0)
	sd   s10, X(26)(a0)
	sd   s11, X(27)(a0)
	sd   zero, X(10)(a0)     /* a0 = 0: what a resumed getcontext returns */
	fsd  fs0, F(8)(a0)       /* fs0, fs1 are f8, f9 */
	fsd  fs1, F(9)(a0)
	fsd  fs2, F(18)(a0)      /* fs2-fs11 are f18-f27 */
	fsd  fs3, F(19)(a0)
	fsd  fs4, F(20)(a0)
	fsd  fs5, F(21)(a0)
	fsd  fs6, F(22)(a0)
	fsd  fs7, F(23)(a0)
	fsd  fs8, F(24)(a0)
	fsd  fs9, F(25)(a0)
	fsd  fs10, F(26)(a0)
	fsd  fs11, F(27)(a0)
	frcsr t0                 /* the FP control and status register */
	sw   t0, FCSR(a0)
.endm

	.text
	WEAK_ENTRY(getcontext)
	SAVE
	tail __ucontext_getmask  /* tail call, ucp still in a0: it reads the
	                            mask and returns 0 to our caller via ra */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                     /* a0 oucp, a1 ucp */
	tail __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	mv   t1, a0              /* t1 = ucp: a0 is loaded below */
	lw   t0, FCSR(t1)        /* FP control and status */
	fscsr t0
	fld  fs0, F(8)(t1)       /* the callee-saved FP registers */
	fld  fs1, F(9)(t1)
	fld  fs2, F(18)(t1)
	fld  fs3, F(19)(t1)
	fld  fs4, F(20)(t1)
	fld  fs5, F(21)(t1)
	fld  fs6, F(22)(t1)
	fld  fs7, F(23)(t1)
	fld  fs8, F(24)(t1)
	fld  fs9, F(25)(t1)
	fld  fs10, F(26)(t1)
	fld  fs11, F(27)(t1)
	ld   ra, X(1)(t1)        /* return address, stack */
	ld   sp, X(2)(t1)
	ld   s0, X(8)(t1)        /* the callee-saved registers */
	ld   s1, X(9)(t1)
	ld   s2, X(18)(t1)
	ld   s3, X(19)(t1)
	ld   s4, X(20)(t1)
	ld   s5, X(21)(t1)
	ld   s6, X(22)(t1)
	ld   s7, X(23)(t1)
	ld   s8, X(24)(t1)
	ld   s9, X(25)(t1)
	ld   s10, X(26)(t1)
	ld   s11, X(27)(t1)
	ld   a0, X(10)(t1)       /* the argument registers a0-a7 (x10-x17) */
	ld   a1, X(11)(t1)
	ld   a2, X(12)(t1)
	ld   a3, X(13)(t1)
	ld   a4, X(14)(t1)
	ld   a5, X(15)(t1)
	ld   a6, X(16)(t1)
	ld   a7, X(17)(t1)
	ld   t0, PC(t1)          /* on at the pc */
	jr   t0
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined ra        /* CFI: no caller: the context began here */
	beqz s1, 1f              /* s1 = uc_link (makecontext put it there; */
	mv   a0, s1              /* the function kept it, being callee-saved) */
	call __setcontext        /* setcontext(uc_link): returns only on error */
	li   a0, 1               /* exit(1): the link was no context */
	call exit
1:	li   a0, 0               /* no link: exit(0), as glibc does */
	call exit
	ebreak                   /* not reached */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
