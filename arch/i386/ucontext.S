/* i386 user contexts: the registers (docs/ucontext.md).
 *
 *   int getcontext(ucontext_t *ucp)
 *   int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
 *   int __ucontext_jump(const ucontext_t *ucp)      (setcontext's last step)
 *   void __ucontext_trampoline(void)                (makecontext's return)
 *
 * A context is saved as the kernel saves one for a signal handler, in
 * uc_mcontext.gregs (arch/i386/mcontext.h): offset 20 + 4 * REG_x.
 * getcontext keeps what a call must preserve: ebx, esi, edi, ebp, the
 * caller's esp and the return address as eip, eax = 0 (what a resumed
 * getcontext returns), and the x87 control word in its own fnsave image,
 * which fpregs points at, as in a signal frame.  The arguments are on
 * the stack (cdecl): nothing more to load.  The segment registers are
 * never touched: gs is the thread pointer's.
 */
#include <arch/ucontext.h>
#include "internal/asm.h"

#define G(reg, base) (UC_MCONTEXT_OFFSET + 4 * reg)(base)   /* gregs[reg] */
#define EDI 4                    /* the REG_* indexes of <sys/ucontext.h> */
#define ESI 5
#define EBP 6
#define ESP 7
#define EBX 8
#define EAX 11
#define EIP 14

/* Save into the context eax points at; eax, ecx, edx are scratch. */
.macro SAVE
	mov  %ebx, G(EBX, %eax)  /* the callee-saved registers */
	mov  %esi, G(ESI, %eax)
	mov  %edi, G(EDI, %eax)
	mov  %ebp, G(EBP, %eax)
	mov  (%esp), %ecx        /* the return address: where a resume goes on */
	mov  %ecx, G(EIP, %eax)
	lea  4(%esp), %ecx       /* esp once we have returned */
	mov  %ecx, G(ESP, %eax)
	movl $0, G(EAX, %eax)    /* what a resumed getcontext returns */
	lea  UC_FPREGS_MEM_OFFSET(%eax), %ecx   /* fpregs = &__fpregs_mem */
	mov  %ecx, UC_FPREGS_OFFSET(%eax)
	fnstcw (%ecx)            /* the x87 control word: fnsave offset 0 */
.endm

	.text
	WEAK_ENTRY(getcontext)
	mov  4(%esp), %eax       /* eax = ucp */
	SAVE
	jmp  __ucontext_getmask  /* tail call, ucp still at 4(%esp): it reads
	                            the mask and returns 0 to our caller */
	END(getcontext)

	WEAK_ENTRY(swapcontext)
	mov  4(%esp), %eax       /* eax = oucp (ucp at 8(%esp)) */
	SAVE
	jmp  __ucontext_swap     /* tail call: swaps the masks, jumps to ucp */
	END(swapcontext)

	ENTRY(__ucontext_jump)
	mov  4(%esp), %ecx       /* ecx = ucp */
	mov  UC_FPREGS_OFFSET(%ecx), %eax   /* the x87 control word, where */
	test %eax, %eax                     /* fpregs says (none: leave it) */
	jz   1f
	fldcw (%eax)
1:	mov  G(EBX, %ecx), %ebx  /* the callee-saved registers */
	mov  G(ESI, %ecx), %esi
	mov  G(EDI, %ecx), %edi
	mov  G(EBP, %ecx), %ebp
	mov  G(EIP, %ecx), %edx  /* where to go on, in a scratch register */
	mov  G(ESP, %ecx), %esp  /* the context's stack */
	mov  G(EAX, %ecx), %eax  /* 0 after a getcontext */
	jmp  *%edx
	END(__ucontext_jump)

	ENTRY(__ucontext_trampoline)
	.cfi_undefined %eip      /* CFI: no caller: the context began here */
	sub  $12, %esp           /* esp was 16-aligned: so it is at the calls */
	test %esi, %esi          /* esi = uc_link (makecontext put it there; */
	jz   1f                  /* the function kept it, being callee-saved) */
	push %esi
	call __setcontext        /* setcontext(uc_link): returns only on error */
	movl $1, (%esp)          /* exit(1): the link was no context */
	call exit
1:	push $0                  /* no link: exit(0), as glibc does */
	call exit
	hlt                      /* not reached */
	END(__ucontext_trampoline)
	NO_EXEC_STACK
