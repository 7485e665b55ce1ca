/* x86_64 user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler, in
 * uc_mcontext.gregs (arch/x86_64/mcontext.h): offset 40 + 8 * REG_x.
 * getcontext keeps what a function call must preserve: rbx, rbp,
 * r12-r15, the caller's rsp and the return address as rip, and of the
 * floating-point state the x87 control word and mxcsr (in its own
 * fxsave image, which fpregs points at, as in a signal frame).  Resumed,
 * getcontext returns 0 again.  The jump loads those and also the six
 * argument registers, which makecontext fills; it is how a signal
 * frame's context is resumed too, except for rax, r10, r11 and flags.
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define G(reg) (UC_MCONTEXT_OFFSET + 8 * reg)(%rdi)  /* gregs[reg] of ucp in rdi */
#define RDI 8                    /* the REG_* indexes of <sys/ucontext.h> */
#define RSI 9
#define RBP 10
#define RBX 11
#define RDX 12
#define RCX 14
#define RSP 15
#define RIP 16
#define R8  0
#define R9  1
#define R12 4
#define R13 5
#define R14 6
#define R15 7

/* Save into the context rdi points at: the callee-saved registers, rsp
 * and rip as our caller will see them when we return, and the FP
 * control state.  Leaves rdi and rsi (swapcontext's ucp) alone. */
.macro SAVE
	mov  %rbx, G(RBX)        /* the callee-saved registers */
	mov  %rbp, G(RBP)
	mov  %r12, G(R12)
	mov  %r13, G(R13)
	mov  %r14, G(R14)
	mov  %r15, G(R15)
	mov  (%rsp), %rax        /* the return address: where a resume goes on */
	mov  %rax, G(RIP)
	lea  8(%rsp), %rax       /* rsp once we have returned */
	mov  %rax, G(RSP)
	lea  UC_FPREGS_MEM_OFFSET(%rdi), %rax   /* fpregs = &__fpregs_mem */
	mov  %rax, UC_FPREGS_OFFSET(%rdi)
	fnstcw (%rax)            /* x87 control word: fxsave image offset 0 */
	stmxcsr 24(%rax)         /* SSE control and status: offset 24 */
.endm

	.text
	WEAK_ENTRY(getcontext)
	SAVE
	jmp  __ucontext_getmask  /* tail call, ucp still in rdi: it reads the
	                            mask and returns 0 to our caller */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	SAVE                     /* rdi oucp, rsi ucp */
	jmp  __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	mov  UC_FPREGS_OFFSET(%rdi), %rax   /* the FP control state, where */
	test %rax, %rax                     /* fpregs says (none: leave it) */
	jz   1f
	fldcw (%rax)
	ldmxcsr 24(%rax)
1:	mov  G(RBX), %rbx        /* the callee-saved registers */
	mov  G(RBP), %rbp
	mov  G(R12), %r12
	mov  G(R13), %r13
	mov  G(R14), %r14
	mov  G(R15), %r15
	mov  G(RSI), %rsi        /* the argument registers (makecontext's) */
	mov  G(RDX), %rdx
	mov  G(RCX), %rcx
	mov  G(R8), %r8
	mov  G(R9), %r9
	mov  G(RIP), %r11        /* where to go on, in a scratch register: */
	mov  G(RSP), %rsp        /* no push onto the new stack, whose red */
	mov  G(RDI), %rdi        /* zone may be live; rdi (ucp) last */
	xor  %eax, %eax          /* a resumed getcontext returns 0 */
	jmp  *%r11
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined %rip      /* CFI: no caller: the context began here */
	test %rbx, %rbx          /* rbx = uc_link (makecontext put it there; */
	jz   1f                  /* the function kept it, being callee-saved) */
	mov  %rbx, %rdi          /* setcontext(uc_link); rsp ≡ 0 (mod 16) */
	call __setcontext        /* here, as at any call; returns only on error */
	mov  $1, %edi            /* exit(1): the link was no context */
	call exit
1:	xor  %edi, %edi          /* no link: exit(0), as glibc does */
	call exit
	hlt                      /* not reached */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
