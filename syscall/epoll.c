/* epoll: create, control and wait.
 *
 * aarch64 and riscv64 have only epoll_create1 and epoll_pwait, so
 * epoll_create and epoll_wait go through those everywhere (with the
 * kernel's own check that size is positive kept). */
#include <errno.h>
#include <sys/epoll.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include "internal/defs.h"

weak int epoll_create1(int flags)
{
	return syscall_errno(SYS_epoll_create1, flags);
}

/* size is a hint the kernel ignores, but it must be positive. */
weak int epoll_create(int size)
{
	if (size <= 0) {
		errno = EINVAL;
		return -1;
	}
	return syscall_errno(SYS_epoll_create1, 0);
}

weak int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)
{
	return syscall_errno(SYS_epoll_ctl, epfd, op, fd, event);
}

/* cancellation point */
weak int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout, const sigset_t *mask)
{
	return syscall_cp_errno(SYS_epoll_pwait, epfd, events, maxevents, timeout, mask, KERNEL_SIGSET_SIZE);
}

/* cancellation point */
weak int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)
{
	return syscall_cp_errno(SYS_epoll_pwait, epfd, events, maxevents, timeout, 0, KERNEL_SIGSET_SIZE);
}
