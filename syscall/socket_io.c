/* Sending and receiving on sockets.  x86_64, aarch64 and riscv64 have no
 * send or recv system call: they are sendto and recvfrom without an
 * address, everywhere.  recvmmsg's timeout is 64-bit (recvmmsg_time64 on
 * 32-bit arches, as in syscall/time.c); where that is ENOSYS (qemu-user
 * 7.2 on i386 and arm) the 32-bit recvmmsg takes a timeout that fits. */
#include <errno.h>
#include <sys/socket.h>
#include "internal/syscall.h"
#include "internal/defs.h"


/* cancellation point */
weak ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr, socklen_t len)
{
	return syscall_cp_errno(SYS_sendto, fd, buf, n, flags, addr, len);
}

/* cancellation point */
weak ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return syscall_cp_errno(SYS_sendto, fd, buf, n, flags, 0, 0);
}

/* cancellation point */
weak ssize_t recvfrom(int fd, void *restrict buf, size_t n, int flags, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	return syscall_cp_errno(SYS_recvfrom, fd, buf, n, flags, addr, len);
}

/* cancellation point */
weak ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return syscall_cp_errno(SYS_recvfrom, fd, buf, n, flags, 0, 0);
}

/* cancellation point */
weak ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	return syscall_cp_errno(SYS_sendmsg, fd, msg, flags);
}

/* cancellation point */
weak ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	return syscall_cp_errno(SYS_recvmsg, fd, msg, flags);
}

/* cancellation point */
weak int sendmmsg(int fd, struct mmsghdr *msgs, unsigned n, int flags)
{
	return syscall_cp_errno(SYS_sendmmsg, fd, msgs, n, flags);
}

struct kernel_timespec { long long sec, nsec; };

/* cancellation point */
weak int recvmmsg(int fd, struct mmsghdr *msgs, unsigned n, int flags, struct timespec *timeout)
{
	struct kernel_timespec k = { 0, 0 };
	long r;

	if (timeout)
		k = (struct kernel_timespec){ timeout->tv_sec, timeout->tv_nsec };
#ifdef SYS_recvmmsg_time64
	r = __syscall_cp(SYS_recvmmsg_time64, fd, msgs, n, flags, timeout ? &k : 0);
	if (r == -ENOSYS) {
		struct { long sec, nsec; } k32 = { (long)k.sec, (long)k.nsec };

		if (timeout && k32.sec != k.sec)
			return __syscall_ret(-EOVERFLOW);
		r = __syscall_cp(SYS_recvmmsg, fd, msgs, n, flags, timeout ? &k32 : 0);
		k = (struct kernel_timespec){ k32.sec, k32.nsec };
	}
#else
	r = __syscall_cp(SYS_recvmmsg, fd, msgs, n, flags, timeout ? &k : 0);
#endif
	if (timeout && r >= 0)
		*timeout = (struct timespec){ k.sec, k.nsec };
	return __syscall_ret(r);
}
