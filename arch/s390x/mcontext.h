/* s390x's mcontext_t and ucontext_t fields, glibc's and the kernel's
 * layout (_sigregs): the PSW {mask, addr: the pc}, r0-r15, the access
 * registers a0-a15, the FP control register and f0-f15; the signal mask
 * (glibc's 1024 bits) after them.  sizeof(ucontext_t) 512.
 * include/generate.sh copies this into bits/mcontext.h. */
typedef struct {
	unsigned long mask;
	unsigned long addr;
} __attribute__((__aligned__(8))) __psw_t;

typedef unsigned long greg_t;
#define NGREG 27                   /* as in glibc: struct s390_regs's size */
typedef greg_t gregset_t[NGREG] __attribute__((__aligned__(8)));

typedef union { double d; float f; } fpreg_t;
typedef struct {
	unsigned int fpc;
	fpreg_t fprs[16];
} fpregset_t;

typedef struct {
	__psw_t psw;
	unsigned long gregs[16];
	unsigned int aregs[16];
	fpregset_t fpregs;
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	mcontext_t uc_mcontext; \
	sigset_t uc_sigmask;
#define __UCONTEXT_GLIBC_SIZE 512
