/* mips64el (n64) user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler
 * (arch/mips64el/mcontext.h, a struct sigcontext at 40):
 *
 *   gregs[n] = $n at 40 + 8 * n    fpregs[n] = $fn at 296 + 8 * n
 *   pc 616    fpc_csr 624    used_math 628
 *
 * n64's callee-saved registers are s0-s7 ($16-$23), gp ($28), sp ($29),
 * fp ($30) and $f24-$f31: all eight, each a 64-bit register of its own,
 * since n64 runs the FPU with FR=1 (o32's even/odd pairing, where only
 * the even registers count, is not n64's; n32 keeps the even f20-f30).
 * ra ($31) is the return address.  getcontext keeps those, ra also as
 * the pc (a resume returns to our caller), the FP control and status
 * register, and v0 ($2) = 0, the value a resumed getcontext returns.  The
 * jump loads those, and a0-a7 ($4-$11), which makecontext fills, and t9
 * ($25) = the pc: PIC code (-mabicalls) computes gp from t9 at a
 * function's entry, so a jump to a function goes through t9, here too.
 * A signal frame's context resumes the same way (at, v1, the t
 * registers, hi, lo excepted).  The thread pointer is no register here
 * (rdhwr $29 reads the kernel's copy): nothing to leave alone.
 *
 * `.set noreorder`: the assembler neither fills nor reorders delay
 * slots; each is filled by hand and commented "delay slot".  MIPS64r2
 * interlocks loads and coprocessor moves, so a value loaded is usable
 * by the next instruction.
 *
 * Register map:
 *   getcontext, swapcontext:  a0 ucp/oucp, a1 ucp (kept for the tail
 *                             call), t0 ($12) scratch
 *   __ucontext_jump:          t0 ($12) ucp (loaded from nothing), t1
 *                             ($13) scratch, t9 the pc
 *   __ucontext_trampoline:    s0 uc_link (makecontext's choice,
 *                             callee-saved: func gave it back)
 *
 * Rejected: at ($1) as the jump's base (it would want `.set noat`, and
 * t0 is as free); a `nop` after the jump's jr (the last load fits the
 * delay slot: v0 is no input of the jump); saving hi and lo (a call
 * clobbers them).
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define GREG(n)   (UC_MCONTEXT_OFFSET + 8 * (n))         /* gregs[n] */
#define FPR(n)    (UC_MCONTEXT_OFFSET + 256 + 8 * (n))   /* fpregs[n] */
#define PC        (UC_MCONTEXT_OFFSET + 576)
#define FPC_CSR   (UC_MCONTEXT_OFFSET + 584)
#define USED_MATH (UC_MCONTEXT_OFFSET + 588)

/* Save into the context a0 points at; a1 (swapcontext's ucp) is kept.
 * Ends with the delay slot's store still to do: SAVE_LAST. */
.macro SAVE
	sd   $31, PC($4)         /* the pc: a resume returns to our caller */
	sd   $31, GREG(31)($4)   /* and ra as it was */
	sd   $0, GREG(2)($4)     /* v0 = 0: what a resumed getcontext returns */
	sd   $16, GREG(16)($4)   /* the eight callee-saved s registers */
	sd   $17, GREG(17)($4)
	sd   $18, GREG(18)($4)
	sd   $19, GREG(19)($4)
	sd   $20, GREG(20)($4)
	sd   $21, GREG(21)($4)
	sd   $22, GREG(22)($4)
	sd   $23, GREG(23)($4)
	sd   $28, GREG(28)($4)   /* gp */
	sd   $29, GREG(29)($4)   /* sp */
	sd   $30, GREG(30)($4)   /* fp */
	sdc1 $f24, FPR(24)($4)   /* the callee-saved floating-point registers */
	sdc1 $f25, FPR(25)($4)
	sdc1 $f26, FPR(26)($4)
	sdc1 $f27, FPR(27)($4)
	sdc1 $f28, FPR(28)($4)
	sdc1 $f29, FPR(29)($4)
	sdc1 $f30, FPR(30)($4)
	sdc1 $f31, FPR(31)($4)
	cfc1 $12, $31            /* t0 = the FP control and status register */
	sw   $12, FPC_CSR($4)
	li   $12, 1              /* used_math: the FP state is in the context */
.endm
#define SAVE_LAST sw $12, USED_MATH($4)

	.text
	.set noreorder
	WEAK_ENTRY(getcontext)
	SAVE
	j    __ucontext_getmask  /* tail call, ucp still in a0: it reads the
	                            mask and returns 0 to our caller via ra */
	SAVE_LAST                /* delay slot: used_math */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                     /* a0 oucp, a1 ucp */
	j    __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	SAVE_LAST                /* delay slot: used_math */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	move $12, $4             /* t0 = ucp: a0 is loaded below */
	lw   $13, FPC_CSR($12)   /* FP control and status, through t1 */
	ctc1 $13, $31
	ldc1 $f24, FPR(24)($12)  /* $f24-$f31 */
	ldc1 $f25, FPR(25)($12)
	ldc1 $f26, FPR(26)($12)
	ldc1 $f27, FPR(27)($12)
	ldc1 $f28, FPR(28)($12)
	ldc1 $f29, FPR(29)($12)
	ldc1 $f30, FPR(30)($12)
	ldc1 $f31, FPR(31)($12)
	ld   $16, GREG(16)($12)  /* s0-s7 */
	ld   $17, GREG(17)($12)
	ld   $18, GREG(18)($12)
	ld   $19, GREG(19)($12)
	ld   $20, GREG(20)($12)
	ld   $21, GREG(21)($12)
	ld   $22, GREG(22)($12)
	ld   $23, GREG(23)($12)
	ld   $28, GREG(28)($12)  /* gp */
	ld   $29, GREG(29)($12)  /* the context's stack */
	ld   $30, GREG(30)($12)  /* fp */
	ld   $31, GREG(31)($12)  /* ra: a makecontext function's way out */
	ld   $4, GREG(4)($12)    /* the argument registers a0-a7 */
	ld   $5, GREG(5)($12)
	ld   $6, GREG(6)($12)
	ld   $7, GREG(7)($12)
	ld   $8, GREG(8)($12)
	ld   $9, GREG(9)($12)
	ld   $10, GREG(10)($12)
	ld   $11, GREG(11)($12)
	ld   $25, PC($12)        /* t9 = the pc, as PIC code wants it */
	jr   $25                 /* on at the pc */
	ld   $2, GREG(2)($12)    /* delay slot: v0, 0 after a getcontext */
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined $31       /* CFI: no caller: the context began here */
	beqz $16, 1f             /* s0 = uc_link (makecontext put it there; */
	move $4, $16             /* the function kept it, being callee-saved);
	                            delay slot: a0 = uc_link, harmless if 0 */
	jal  __setcontext        /* setcontext(uc_link): returns only on error */
	nop                      /* delay slot: a0 is set already */
	jal  exit                /* exit(1): the link was no context */
	li   $4, 1               /* delay slot: a0 = 1 */
1:	jal  exit                /* no link: exit(0), as glibc does */
	move $4, $0              /* delay slot: a0 = 0 */
	teq  $0, $0              /* not reached: trap */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
