/* mips64el's (n64) mcontext_t and ucontext_t fields, glibc's and the
 * kernel's layout (struct sigcontext): gregs[n] is $n, fpregs the 32
 * FP registers as doubles (FR=1: each its own 64 bits), the hi/lo pairs
 * of the DSP's four accumulators, the pc, the FP control and status
 * register; the signal mask (glibc's 1024 bits, the kernel's 128) after
 * them.  sizeof(ucontext_t) 768.  include/generate.sh copies this into
 * bits/mcontext.h. */
typedef unsigned long long greg_t;
#define NGREG  32
#define NFPREG 32
typedef greg_t gregset_t[NGREG];

typedef struct {
	union {
		double fp_dregs[NFPREG];
		struct { float _fp_fregs; unsigned int _fp_pad; } fp_fregs[NFPREG];
	} fp_r;
} fpregset_t;

typedef struct {
	gregset_t gregs;
	fpregset_t fpregs;
	greg_t mdhi, hi1, hi2, hi3;
	greg_t mdlo, lo1, lo2, lo3;
	greg_t pc;
	unsigned int fpc_csr;
	unsigned int used_math;
	unsigned int dsp;
	unsigned int __glibc_reserved1;
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	mcontext_t uc_mcontext; \
	sigset_t uc_sigmask;
#define __UCONTEXT_GLIBC_SIZE 768
