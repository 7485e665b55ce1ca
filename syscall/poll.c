/* Waiting on descriptors: poll, ppoll, select, pselect.
 *
 * All four go through ppoll and pselect6 (their _time64 forms on 32-bit
 * arches, as in syscall/time.c), the only ones aarch64 and riscv64 have.
 * The kernel writes the time left into the timeout it is given; POSIX
 * says ppoll and pselect leave the caller's alone, so they pass a copy,
 * while select reports it back, as Linux's select does. */
#include <errno.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/time.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_ppoll_time64
#define SYS_PPOLL    SYS_ppoll_time64
#define SYS_PSELECT6 SYS_pselect6_time64
#else
#define SYS_PPOLL    SYS_ppoll
#define SYS_PSELECT6 SYS_pselect6
#endif

struct kernel_timespec { long long sec, nsec; };

weak int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout, const sigset_t *mask)
{
	struct kernel_timespec k;

	if (timeout)
		k = (struct kernel_timespec){ timeout->tv_sec, timeout->tv_nsec };
	return syscall_cp_errno(SYS_PPOLL, fds, n, timeout ? &k : 0, mask, KERNEL_SIGSET_SIZE);
}

/* A negative timeout waits for ever. */
weak int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	struct kernel_timespec k = { timeout / 1000, timeout % 1000 * 1000000LL };

	return syscall_cp_errno(SYS_PPOLL, fds, n, timeout >= 0 ? &k : 0, 0, KERNEL_SIGSET_SIZE);
}

/* pselect6's sixth argument: the mask and its size, in one struct. */
struct sigmask_arg { const sigset_t *mask; unsigned long size; };

weak int pselect(int n, fd_set *restrict rfds, fd_set *restrict wfds, fd_set *restrict efds,
                 const struct timespec *restrict timeout, const sigset_t *restrict mask)
{
	struct kernel_timespec k;
	struct sigmask_arg m = { mask, KERNEL_SIGSET_SIZE };

	if (timeout)
		k = (struct kernel_timespec){ timeout->tv_sec, timeout->tv_nsec };
	return syscall_cp_errno(SYS_PSELECT6, n, rfds, wfds, efds, timeout ? &k : 0, &m);
}

/* As the kernel's select: a negative time is EINVAL, microseconds past a
 * second carry into the seconds. */
weak int select(int n, fd_set *restrict rfds, fd_set *restrict wfds, fd_set *restrict efds,
                struct timeval *restrict timeout)
{
	struct kernel_timespec k;
	long r;

	if (timeout) {
		if (timeout->tv_sec < 0 || timeout->tv_usec < 0) {
			errno = EINVAL;
			return -1;
		}
		k.sec = timeout->tv_sec + timeout->tv_usec / 1000000;
		k.nsec = timeout->tv_usec % 1000000 * 1000;
	}
	r = __syscall_cp(SYS_PSELECT6, n, rfds, wfds, efds, timeout ? &k : 0, 0);
	if (timeout && (r >= 0 || r == -EINTR)) {
		timeout->tv_sec = k.sec;
		timeout->tv_usec = k.nsec / 1000;
	}
	return __syscall_ret(r);
}
