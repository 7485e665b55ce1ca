/* s390x: where the kernel's signal frame (struct ucontext, the third
 * argument of an SA_SIGINFO handler) keeps the interrupted PC and the
 * signal mask sigreturn restores: byte offsets, for thread/cancel.c.
 *
 *   uc_flags 8, uc_link 8, uc_stack 24, then uc_mcontext (_sigregs) at
 *   40: the PSW {mask, addr} first, so the PC is at 40 + 8 = 48; then
 *   gprs[16] 128, acrs[16] 64, the FP registers 8 + 128: uc_sigmask at
 *   40 + 16 + 128 + 64 + 136 = 384.  (offsetof against the uapi
 *   <asm/ucontext.h>: 48 and 384.)
 */
#define UC_PC_OFFSET      48
#define UC_SIGMASK_OFFSET 384

/* ucontext_t's (arch/s390x/mcontext.h), for arch/s390x/ucontext.S: the
 * mcontext at 40: psw.mask 40, psw.addr 48, gregs[n] at 56 + 8 * n,
 * aregs[n] at 184 + 4 * n, fpregs.fpc at 248, fpregs.fprs[n] at
 * 256 + 8 * n.  (offsetof against glibc's <sys/ucontext.h>: 40, 56, 184,
 * 248.) */
#define UC_MCONTEXT_OFFSET 40
