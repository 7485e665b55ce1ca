/* ppc64le: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 8, uc_link 8, uc_stack 24, then uc_sigmask at 40 (one
 *   8-byte sigset, padded to 128 bytes), uc_mcontext (struct sigcontext)
 *   at 168: _unused[4], signal, handler, oldmask, regs, then gp_regs[48]
 *   at 168 + 32 + 8 + 8 + 8 + 8 = 232, whose word PT_NIP (32) is the pc:
 *   232 + 256 = 488.  (offsetof against the uapi <asm/ucontext.h>: 488
 *   and 40.)
 */
#define UC_PC_OFFSET      488
#define UC_SIGMASK_OFFSET 40

/* ucontext_t's (arch/ppc64le/mcontext.h), for arch/ppc64le/ucontext.S:
 * the mcontext at 168, gp_regs[n] at 232 + 8 * n (n < 32 the register
 * rn, then PT_NIP 32, PT_LNK 36, PT_CCR 38), fp_regs[n] at 616 + 8 * n
 * (fpscr the 33rd), the v_regs pointer at 880 and vmx_reserve, where it
 * points (rounded up to 16), at 888.  (offsetof against glibc's
 * <sys/ucontext.h>: 168, 232, 616, 880, 888.) */
#define UC_MCONTEXT_OFFSET 168
