/* Sockets: creating, naming and connecting them, and their options.
 *
 * Every supported arch has the direct system calls (i386 since Linux 4.3;
 * before that it had only socketcall), but i386 has no accept, so accept
 * is accept4 without flags everywhere. */
#include <sys/socket.h>
#include <bits/sockios.h>
#include <bits/ioctl.h>          /* _IOR: SIOCATMARK is one on some arches (MIPS) */
#include "internal/syscall.h"
#include "internal/defs.h"

weak int socket(int domain, int type, int protocol)
{
	return syscall_errno(SYS_socket, domain, type, protocol);
}

weak int socketpair(int domain, int type, int protocol, int fds[2])
{
	return syscall_errno(SYS_socketpair, domain, type, protocol, fds);
}

weak int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	return syscall_errno(SYS_bind, fd, addr, len);
}

weak int listen(int fd, int backlog)
{
	return syscall_errno(SYS_listen, fd, backlog);
}

/* cancellation point */
weak int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags)
{
	return syscall_cp_errno(SYS_accept4, fd, addr, len, flags);
}

/* cancellation point */
weak int accept(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	return syscall_cp_errno(SYS_accept4, fd, addr, len, 0);
}

/* cancellation point */
weak int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	return syscall_cp_errno(SYS_connect, fd, addr, len);
}

weak int shutdown(int fd, int how)
{
	return syscall_errno(SYS_shutdown, fd, how);
}

weak int getsockname(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	return syscall_errno(SYS_getsockname, fd, addr, len);
}

weak int getpeername(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	return syscall_errno(SYS_getpeername, fd, addr, len);
}

weak int getsockopt(int fd, int level, int name, void *restrict value, socklen_t *restrict len)
{
	return syscall_errno(SYS_getsockopt, fd, level, name, value, len);
}

weak int setsockopt(int fd, int level, int name, const void *value, socklen_t len)
{
	return syscall_errno(SYS_setsockopt, fd, level, name, value, len);
}

weak int sockatmark(int fd)
{
	int at;
	long r = __syscall(SYS_ioctl, fd, SIOCATMARK, &at);

	return r < 0 ? __syscall_ret(r) : at;
}
