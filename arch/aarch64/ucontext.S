/* aarch64 user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler
 * (arch/aarch64/mcontext.h): regs[i] at 184 + 8 * i, sp 432, pc 440,
 * and an fpsimd_context record at 464 (__reserved) with fpsr, fpcr and
 * the vector registers, closed by a zero header at 992.  getcontext
 * keeps what a call must preserve: x19-x29, sp, x30 as both x30 and pc
 * (a resume returns to our caller), d8-d15 (the low halves of v8-v15,
 * stored at their vregs slots), fpsr and fpcr, and x0 = 0, the value a
 * resumed getcontext returns.  The jump loads those and x0-x7, which
 * makecontext fills; a signal frame's context resumes the same way
 * (x8-x18 and the rest of the vector registers excepted).
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define X(n)   (UC_MCONTEXT_OFFSET + 8 + 8 * (n))   /* regs[n] */
#define SP     (UC_MCONTEXT_OFFSET + 256)
#define PC     (UC_MCONTEXT_OFFSET + 264)
#define FPSIMD (UC_MCONTEXT_OFFSET + 288)           /* __reserved */
#define V(n)   (FPSIMD + 16 + 16 * (n))             /* vregs[n] */
#define FPSIMD_MAGIC 0x46508001
#define FPSIMD_SIZE  528

/* Save into the context x0 points at; x1 (swapcontext's ucp) is kept. */
.macro SAVE
	str  xzr, [x0, #X(0)]    /* x0 = 0: what a resumed getcontext returns */
	stp  x19, x20, [x0, #X(19)]  /* the callee-saved registers */
	stp  x21, x22, [x0, #X(21)]
	stp  x23, x24, [x0, #X(23)]
	stp  x25, x26, [x0, #X(25)]
	stp  x27, x28, [x0, #X(27)]
	stp  x29, x30, [x0, #X(29)]  /* frame pointer, return address */
	mov  x2, sp              /* sp cannot be stored directly */
	stp  x2, x30, [x0, #SP]  /* sp; pc = the return address */
	mov  w2, #(FPSIMD_MAGIC & 0xffff)       /* the fpsimd record's header */
	movk w2, #(FPSIMD_MAGIC >> 16), lsl #16
	mov  w3, #FPSIMD_SIZE
	add  x4, x0, #FPSIMD     /* x4 = the record (stp of words reaches */
	stp  w2, w3, [x4]        /* only 252 bytes) */
	mrs  x2, fpsr            /* the FP status and control registers */
	mrs  x3, fpcr
	stp  w2, w3, [x4, #8]
	str  d8, [x0, #V(8)]     /* d8-d15: the low halves of v8-v15 */
	str  d9, [x0, #V(9)]
	str  d10, [x0, #V(10)]
	str  d11, [x0, #V(11)]
	str  d12, [x0, #V(12)]
	str  d13, [x0, #V(13)]
	str  d14, [x0, #V(14)]
	str  d15, [x0, #V(15)]
	add  x2, x0, #(FPSIMD + FPSIMD_SIZE)
	stp  xzr, xzr, [x2]      /* the terminating record: magic 0, size 0 */
.endm

	.text
	WEAK_ENTRY(getcontext)
	SAVE
	b    __ucontext_getmask  /* tail call, ucp still in x0: it reads the
	                            mask and returns 0 to our caller via x30 */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                     /* x0 oucp, x1 ucp */
	b    __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	mov  x16, x0             /* x16 = ucp: x0 is loaded below */
	ldr  w2, [x16, #FPSIMD]  /* an fpsimd record first? (always, from */
	mov  w3, #(FPSIMD_MAGIC & 0xffff)       /* getcontext or the kernel) */
	movk w3, #(FPSIMD_MAGIC >> 16), lsl #16
	cmp  w2, w3
	b.ne 1f
	add  x4, x16, #FPSIMD
	ldp  w2, w3, [x4, #8]    /* fpsr, fpcr */
	msr  fpsr, x2            /* FP status and control */
	msr  fpcr, x3
	ldr  d8, [x16, #V(8)]    /* d8-d15 */
	ldr  d9, [x16, #V(9)]
	ldr  d10, [x16, #V(10)]
	ldr  d11, [x16, #V(11)]
	ldr  d12, [x16, #V(12)]
	ldr  d13, [x16, #V(13)]
	ldr  d14, [x16, #V(14)]
	ldr  d15, [x16, #V(15)]
1:	ldp  x19, x20, [x16, #X(19)]  /* the callee-saved registers */
	ldp  x21, x22, [x16, #X(21)]
	ldp  x23, x24, [x16, #X(23)]
	ldp  x25, x26, [x16, #X(25)]
	ldp  x27, x28, [x16, #X(27)]
	ldp  x29, x30, [x16, #X(29)]  /* frame pointer, link register */
	ldr  x2, [x16, #SP]
	mov  sp, x2              /* the context's stack */
	ldp  x0, x1, [x16, #X(0)]    /* the argument registers, x0 = 0 after */
	ldp  x2, x3, [x16, #X(2)]    /* a getcontext */
	ldp  x4, x5, [x16, #X(4)]
	ldp  x6, x7, [x16, #X(6)]
	ldr  x16, [x16, #PC]     /* on at pc (x16: the intra-call scratch) */
	br   x16
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined x30       /* CFI: no caller: the context began here */
	cbz  x19, 1f             /* x19 = uc_link (makecontext put it there; */
	mov  x0, x19             /* the function kept it, being callee-saved) */
	bl   __setcontext        /* setcontext(uc_link): returns only on error */
	mov  w0, #1              /* exit(1): the link was no context */
	bl   exit
1:	mov  w0, #0              /* no link: exit(0), as glibc does */
	bl   exit
	brk  #0                  /* not reached */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
