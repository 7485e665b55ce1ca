/* i386's mcontext_t and ucontext_t fields, glibc's layout (the kernel's
 * struct ucontext in front, then glibc's own fnsave area and shadow-stack
 * words): sizeof(ucontext_t) 364.  gregs are the kernel's struct
 * sigcontext from gs to ss; fpregs points at an fnsave image
 * (__fpregs_mem for getcontext, the kernel's for a signal frame).
 * include/generate.sh copies this into bits/mcontext.h. */
typedef int greg_t;
#define NGREG 19
typedef greg_t gregset_t[NGREG];

struct _libc_fpreg { unsigned short significand[4], exponent; };
struct _libc_fpstate {             /* the fnsave image */
	unsigned long cw, sw, tag, ipoff, cssel, dataoff, datasel;
	struct _libc_fpreg _st[8];
	unsigned long status;
};
typedef struct _libc_fpstate *fpregset_t;

typedef struct {
	gregset_t gregs;
	fpregset_t fpregs;
	unsigned long oldmask, cr2;
} mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	mcontext_t uc_mcontext; \
	sigset_t uc_sigmask; \
	struct _libc_fpstate __fpregs_mem; \
	unsigned long __ssp[4];
#define __UCONTEXT_GLIBC_SIZE 364

#ifdef __TASKRT_GNU
enum {
	REG_GS, REG_FS, REG_ES, REG_DS, REG_EDI, REG_ESI, REG_EBP, REG_ESP, REG_EBX,
	REG_EDX, REG_ECX, REG_EAX, REG_TRAPNO, REG_ERR, REG_EIP, REG_CS, REG_EFL,
	REG_UESP, REG_SS
};
#define REG_GS REG_GS
#define REG_FS REG_FS
#define REG_ES REG_ES
#define REG_DS REG_DS
#define REG_EDI REG_EDI
#define REG_ESI REG_ESI
#define REG_EBP REG_EBP
#define REG_ESP REG_ESP
#define REG_EBX REG_EBX
#define REG_EDX REG_EDX
#define REG_ECX REG_ECX
#define REG_EAX REG_EAX
#define REG_TRAPNO REG_TRAPNO
#define REG_ERR REG_ERR
#define REG_EIP REG_EIP
#define REG_CS REG_CS
#define REG_EFL REG_EFL
#define REG_UESP REG_UESP
#define REG_SS REG_SS
#endif
