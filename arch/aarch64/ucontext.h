/* aarch64: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 8, uc_link 8, uc_stack 24, then uc_sigmask at 40 (padded to
 *   128 bytes), uc_mcontext 16-aligned at 176: fault_address, regs[31],
 *   sp, then pc at 176 + 8 + 248 + 8 = 440.  (offsetof against the uapi
 *   <asm/ucontext.h>: 440 and 40.)
 */
#define UC_PC_OFFSET      440
#define UC_SIGMASK_OFFSET 40

/* ucontext_t's (arch/aarch64/mcontext.h), for arch/aarch64/ucontext.S:
 * regs[i] at UC_MCONTEXT_OFFSET + 8 + 8 * i, then sp, pc, pstate, and
 * __reserved at UC_MCONTEXT_OFFSET + 288. */
#define UC_MCONTEXT_OFFSET 176
