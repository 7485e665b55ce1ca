/* The mcontext_t of a port without arch/<arch>/ucontext.S yet: opaque,
 * room enough for any arch's registers.  getcontext and friends are
 * there and fail with ENOSYS, as glibc's stubs do (arch/generic/ucontext.c).
 * include/generate.sh copies this, or the arch's own mcontext.h, into
 * bits/mcontext.h. */
typedef struct { unsigned long long __regs[64]; } mcontext_t;

#define __UCONTEXT_BODY \
	unsigned long uc_flags; \
	struct ucontext_t *uc_link; \
	stack_t uc_stack; \
	sigset_t uc_sigmask; \
	mcontext_t uc_mcontext;
