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
