/* Processes by descriptor: pidfd_open, pidfd_send_signal, pidfd_getfd,
 * each one system call (Linux 5.3, 5.1 and 5.6). */
#include <sys/pidfd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int pidfd_open(pid_t pid, unsigned flags)
{
	return syscall_errno(SYS_pidfd_open, pid, flags);
}

weak int pidfd_send_signal(int pidfd, int sig, siginfo_t *info, unsigned flags)
{
	return syscall_errno(SYS_pidfd_send_signal, pidfd, sig, info, flags);
}

weak int pidfd_getfd(int pidfd, int targetfd, unsigned flags)
{
	return syscall_errno(SYS_pidfd_getfd, pidfd, targetfd, flags);
}
