/* i386: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 4, uc_link 4, uc_stack 12: uc_mcontext at 20; its eip
 *   follows gs, fs, es, ds, edi, esi, ebp, esp, ebx, edx, ecx, eax,
 *   trapno, err: 20 + 14 * 4 = 76.  uc_sigmask follows the 88-byte
 *   sigcontext.  (offsetof against the uapi <asm/ucontext.h>: 76 and 108.)
 */
#define UC_PC_OFFSET      76
#define UC_SIGMASK_OFFSET 108

/* ucontext_t's (arch/i386/mcontext.h), for arch/i386/ucontext.S:
 * gregs[i] at UC_MCONTEXT_OFFSET + 4 * i, the fpregs pointer after the
 * 19 of them, and getcontext's own fnsave area after uc_sigmask. */
#define UC_MCONTEXT_OFFSET   20
#define UC_FPREGS_OFFSET     96
#define UC_FPREGS_MEM_OFFSET 236
