/* signalfd: signals as 128-byte records read from a descriptor.  The
 * kernel reads the first KERNEL_SIGSET_SIZE bytes of the mask, as every
 * rt_sig* call does (internal/signal.h). */
#include <sys/signalfd.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include "internal/defs.h"

_Static_assert(sizeof(struct signalfd_siginfo) == 128, "the kernel's record is 128 bytes");

weak int signalfd(int fd, const sigset_t *mask, int flags)
{
	return syscall_errno(SYS_signalfd4, fd, mask, KERNEL_SIGSET_SIZE, flags);
}
