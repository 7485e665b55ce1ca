/* arm: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 4, uc_link 4, uc_stack 12: uc_mcontext at 20, 21 words:
 *   trap_no, error_code, oldmask, r0..r10, fp, ip, sp, lr, then arm_pc at
 *   20 + 18 * 4 = 92; uc_sigmask follows at 20 + 84 = 104 (the kernel's
 *   arch/arm/include/asm/ucontext.h; arm's uapi has none to check with).
 */
#define UC_PC_OFFSET      92
#define UC_SIGMASK_OFFSET 104

/* ucontext_t's (arch/arm/mcontext.h), for arch/arm/ucontext.S: arm_r0
 * at UC_MCONTEXT_OFFSET + 12, r0-r12, sp, lr, pc, cpsr in turn;
 * uc_regspace (the VFP record) at UC_REGSPACE_OFFSET. */
#define UC_MCONTEXT_OFFSET 20
#define UC_REGSPACE_OFFSET 232
