/* mips64el (n64): where the kernel's signal frame (struct ucontext, the
 * third argument of an SA_SIGINFO handler) keeps the interrupted PC and
 * the signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 8, uc_link 8, uc_stack 24 (ss_sp, ss_size, ss_flags): the
 *   struct sigcontext at 40, whose sc_pc follows sc_regs[32],
 *   sc_fpregs[32] and the four hi/lo pairs: 40 + 72 * 8 = 616; the
 *   600-byte sigcontext ends at 640, where uc_sigmask starts.
 *   (offsetof against the uapi <asm/ucontext.h>: 616 and 640.)
 */
#define UC_PC_OFFSET      616
#define UC_SIGMASK_OFFSET 640

/* ucontext_t's (arch/mips64el/mcontext.h), for arch/mips64el/ucontext.S:
 * the mcontext at 40: gregs[n] = $n at 40 + 8 * n, fpregs[n] at
 * 296 + 8 * n, mdhi 552, mdlo 584, pc 616, fpc_csr 624, used_math 628.
 * (offsetof against glibc's <sys/ucontext.h>: 40, 296, 552, 616, 624.) */
#define UC_MCONTEXT_OFFSET 40
