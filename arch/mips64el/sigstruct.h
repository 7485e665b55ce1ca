/* MIPS' order of the signal structures (arch/generic/sigstruct.h has the
 * common one): siginfo_t starts si_signo, si_code, si_errno (the uapi's
 * __ARCH_HAS_SWAPPED_SIGINFO), and stack_t has ss_size before ss_flags. */
#define __SIGINFO_HEAD int si_signo, si_code, si_errno

typedef struct {
	void *ss_sp;
	size_t ss_size;
	int ss_flags;
} stack_t;
