/* aarch64's mcontext_t and ucontext_t fields, glibc's and the kernel's
 * layout: the signal mask (glibc's 1024 bits) before the registers;
 * __reserved holds the kernel's records (fpsimd_context first: magic
 * 0x46508001, size 528, fpsr, fpcr, v0-v31), ending in a zero header.
 * sizeof(ucontext_t) 4560.  include/generate.sh copies this into
 * bits/mcontext.h. */
typedef unsigned long long greg_t;
#define NGREG 34
typedef greg_t gregset_t[NGREG];
typedef struct {
	unsigned int __fpsr, __fpcr;
	__uint128_t __vregs[32];
} fpregset_t;

typedef struct {
	unsigned long long fault_address;
	unsigned long long regs[31];
	unsigned long long sp, pc, pstate;
	unsigned char __reserved[4096] __attribute__((__aligned__(16)));
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	sigset_t uc_sigmask; \
	mcontext_t uc_mcontext;
#define __UCONTEXT_GLIBC_SIZE 4560
