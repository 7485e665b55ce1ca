/* The kernel's struct sigaction on MIPS: the flags first (an unsigned
 * int, padded to the handler's 8-byte alignment on n64), then the
 * handler, then the 16-byte mask (_NSIG 128).  No restorer: MIPS has no
 * SA_RESTORER. */
#include "internal/signal.h"

struct kernel_sigaction {
	unsigned flags;
	void (*handler)(int);
	unsigned mask[KERNEL_SIGSET_SIZE / sizeof(unsigned)];
};
