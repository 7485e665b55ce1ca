/* riscv64: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 8, uc_link 8, uc_stack 24, then uc_sigmask at 40 (padded to
 *   128 bytes), uc_mcontext 16-aligned at 176, whose first word is pc.
 *   (offsetof against the uapi <asm/ucontext.h>: 176 and 40.)
 */
#define UC_PC_OFFSET      176
#define UC_SIGMASK_OFFSET 40

/* ucontext_t's (arch/riscv64/mcontext.h), for arch/riscv64/ucontext.S:
 * __gregs[n] at UC_MCONTEXT_OFFSET + 8 * n (0 the pc), the D layout's
 * f[n] at UC_MCONTEXT_OFFSET + 256 + 8 * n and its fcsr after f[31]. */
#define UC_MCONTEXT_OFFSET 176
