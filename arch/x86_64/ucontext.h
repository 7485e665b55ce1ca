/* x86_64: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 8, uc_link 8, uc_stack 24: uc_mcontext (struct sigcontext)
 *   at 40; its rip follows r8..r15 and rdi, rsi, rbp, rbx, rdx, rax, rcx,
 *   rsp: 40 + 16 * 8 = 168.  uc_sigmask follows the 256-byte sigcontext.
 *   (offsetof against the uapi <asm/ucontext.h>: 168 and 296.)
 */
#define UC_PC_OFFSET      168
#define UC_SIGMASK_OFFSET 296

/* ucontext_t's (arch/x86_64/mcontext.h), for arch/x86_64/ucontext.S:
 * gregs[i] at UC_MCONTEXT_OFFSET + 8 * i, the fpregs pointer after the
 * 23 of them, and getcontext's own fxsave area after uc_sigmask. */
#define UC_MCONTEXT_OFFSET   40
#define UC_FPREGS_OFFSET     224
#define UC_FPREGS_MEM_OFFSET 424
