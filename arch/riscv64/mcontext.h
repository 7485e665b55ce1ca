/* riscv64's mcontext_t and ucontext_t fields, glibc's and the kernel's
 * layout: the signal mask (glibc's 1024 bits) before the registers;
 * __gregs[0] is the pc, __gregs[n] the register xn otherwise; the FP
 * registers in the largest of the F, D and Q layouts.
 * sizeof(ucontext_t) 960.  include/generate.sh copies this into
 * bits/mcontext.h. */
typedef unsigned long __riscv_mc_gp_state[32];
struct __riscv_mc_f_ext_state { unsigned int __f[32]; unsigned int __fcsr; };
struct __riscv_mc_d_ext_state { unsigned long long __f[32]; unsigned int __fcsr; };
struct __riscv_mc_q_ext_state {
	unsigned long long __f[64] __attribute__((__aligned__(16)));
	unsigned int __fcsr;
	unsigned int __glibc_reserved[3];
};
union __riscv_mc_fp_state {
	struct __riscv_mc_f_ext_state __f;
	struct __riscv_mc_d_ext_state __d;
	struct __riscv_mc_q_ext_state __q;
};
typedef unsigned long greg_t;
#define NGREG 32
typedef greg_t gregset_t[NGREG];
typedef union __riscv_mc_fp_state fpregset_t;

typedef struct {
	__riscv_mc_gp_state __gregs;
	union __riscv_mc_fp_state __fpregs;
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long __uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	sigset_t uc_sigmask; \
	mcontext_t uc_mcontext;
#define __UCONTEXT_GLIBC_SIZE 960

#ifdef __TASKRT_GNU
#define REG_PC 0
#define REG_RA 1
#define REG_SP 2
#define REG_TP 4
#define REG_S0 8
#define REG_S1 9
#define REG_A0 10
#define REG_S2 18
#define REG_NARGS 8
#endif
