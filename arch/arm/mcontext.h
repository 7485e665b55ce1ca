/* arm's mcontext_t and ucontext_t fields, glibc's and the kernel's
 * layout: mcontext_t is the kernel's struct sigcontext (trap_no to
 * fault_address), the signal mask (glibc's 1024 bits) after it, then
 * uc_regspace, where the kernel (and getcontext) put a VFP record:
 * magic 0x56465001, size 0x120, d0-d31, fpscr.  sizeof(ucontext_t) 744.
 * include/generate.sh copies this into bits/mcontext.h. */
typedef int greg_t;
#define NGREG 18
typedef greg_t gregset_t[NGREG];
typedef struct { unsigned long long __fpregs[32]; unsigned long __fpscr; } fpregset_t;

typedef struct {
	unsigned long trap_no, error_code, oldmask;
	unsigned long arm_r0, arm_r1, arm_r2, arm_r3, arm_r4, arm_r5, arm_r6;
	unsigned long arm_r7, arm_r8, arm_r9, arm_r10, arm_fp, arm_ip, arm_sp;
	unsigned long arm_lr, arm_pc, arm_cpsr, fault_address;
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	mcontext_t uc_mcontext; \
	sigset_t uc_sigmask; \
	unsigned long uc_regspace[128] __attribute__((__aligned__(8)));
#define __UCONTEXT_GLIBC_SIZE 744

#ifdef __TASKRT_GNU
enum { R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15 };
#define REG_R0 0
#define REG_R1 1
#define REG_R2 2
#define REG_R3 3
#define REG_R4 4
#define REG_R5 5
#define REG_R6 6
#define REG_R7 7
#define REG_R8 8
#define REG_R9 9
#define REG_R10 10
#define REG_R11 11
#define REG_R12 12
#define REG_R13 13
#define REG_R14 14
#define REG_R15 15
#endif
