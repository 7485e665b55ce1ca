/* ppc64le's mcontext_t and ucontext_t fields, glibc's and the kernel's
 * layout: the signal mask (glibc's 1024 bits; the kernel's 64 padded to
 * 128 bytes) before the registers; mcontext_t is the kernel's struct
 * sigcontext.  gp_regs[n] is rn for n < 32, then the kernel's PT_NIP
 * (32, the pc), PT_MSR, PT_ORIG_R3, PT_CTR, PT_LNK (36), PT_XER, PT_CCR
 * (38) ... (<asm/ptrace.h>); fp_regs[32] is the fpscr; v_regs points at
 * the 16-aligned vector registers inside vmx_reserve, or is NULL.
 * sizeof(ucontext_t) 1440.  include/generate.sh copies this into
 * bits/mcontext.h. */
typedef unsigned long greg_t;
#define NGREG  48
#define NFPREG 33
#define NVRREG 34
typedef greg_t gregset_t[NGREG];
typedef double fpregset_t[NFPREG];

/* the vscr, a 32-bit register only a vector load or store moves: the
 * word a little-endian stvx writes first */
typedef struct { unsigned int vscr_word; unsigned int __pad[3]; } vscr_t;
typedef struct {
	unsigned int vrregs[32][4];
	vscr_t vscr;
	unsigned int vrsave;
	unsigned int __pad[3];
} vrregset_t __attribute__((__aligned__(16)));

struct pt_regs;
typedef struct {
	unsigned long __glibc_reserved[4];
	int signal;
	int __pad0;
	unsigned long handler;
	unsigned long oldmask;
	struct pt_regs *regs;
	gregset_t gp_regs;
	fpregset_t fp_regs;
	vrregset_t *v_regs;
	long vmx_reserve[NVRREG + NVRREG + 1];
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	sigset_t uc_sigmask; \
	mcontext_t uc_mcontext;
#define __UCONTEXT_GLIBC_SIZE 1440
