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
