/* POSIX message queues.  A name must start with '/' (EINVAL otherwise,
 * as glibc), which the kernel is not given.  The deadlines are absolute
 * CLOCK_REALTIME times, passed as 64-bit timespecs (mq_timed*_time64 on
 * 32-bit arches). */
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdarg.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_mq_timedsend_time64
#define SYS_MQ_TIMEDSEND    SYS_mq_timedsend_time64
#define SYS_MQ_TIMEDRECEIVE SYS_mq_timedreceive_time64
#else
#define SYS_MQ_TIMEDSEND    SYS_mq_timedsend
#define SYS_MQ_TIMEDRECEIVE SYS_mq_timedreceive
#endif

struct kernel_timespec { long long sec, nsec; };

weak mqd_t mq_open(const char *name, int flags, ...)
{
	mode_t mode = 0;
	struct mq_attr *attr = 0;
	va_list ap;

	if (*name != '/') {
		errno = EINVAL;
		return -1;
	}
	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		attr = va_arg(ap, struct mq_attr *);
		va_end(ap);
	}
	return syscall_errno(SYS_mq_open, name + 1, flags, mode, attr);
}

weak int mq_close(mqd_t q)
{
	return syscall_errno(SYS_close, q);
}

/* The kernel says EPERM or EACCES as unlink does; POSIX has only EACCES. */
weak int mq_unlink(const char *name)
{
	long r;

	if (*name != '/') {
		errno = EINVAL;
		return -1;
	}
	r = __syscall(SYS_mq_unlink, name + 1);
	return __syscall_ret(r == -EPERM ? -EACCES : r);
}

/* cancellation point */
weak int mq_timedsend(mqd_t q, const char *msg, size_t n, unsigned prio, const struct timespec *restrict deadline)
{
	struct kernel_timespec k;

	if (deadline)
		k = (struct kernel_timespec){ deadline->tv_sec, deadline->tv_nsec };
	return syscall_cp_errno(SYS_MQ_TIMEDSEND, q, msg, n, prio, deadline ? &k : 0);
}

/* cancellation point */
weak int mq_send(mqd_t q, const char *msg, size_t n, unsigned prio)
{
	return syscall_cp_errno(SYS_MQ_TIMEDSEND, q, msg, n, prio, 0);
}

/* cancellation point */
weak ssize_t mq_timedreceive(mqd_t q, char *restrict msg, size_t n, unsigned *restrict prio,
                             const struct timespec *restrict deadline)
{
	struct kernel_timespec k;

	if (deadline)
		k = (struct kernel_timespec){ deadline->tv_sec, deadline->tv_nsec };
	return syscall_cp_errno(SYS_MQ_TIMEDRECEIVE, q, msg, n, prio, deadline ? &k : 0);
}

/* cancellation point */
weak ssize_t mq_receive(mqd_t q, char *msg, size_t n, unsigned *prio)
{
	return syscall_cp_errno(SYS_MQ_TIMEDRECEIVE, q, msg, n, prio, 0);
}

weak int mq_getattr(mqd_t q, struct mq_attr *attr)
{
	return syscall_errno(SYS_mq_getsetattr, q, 0, attr);
}

/* Only O_NONBLOCK in mq_flags can change. */
weak int mq_setattr(mqd_t q, const struct mq_attr *restrict attr, struct mq_attr *restrict old)
{
	return syscall_errno(SYS_mq_getsetattr, q, attr, old);
}

/* NULL unregisters.  SIGEV_THREAD would need a thread waiting on a
 * netlink socket for the kernel's message (glibc's way): not done. */
weak int mq_notify(mqd_t q, const struct sigevent *ev)
{
	if (ev && ev->sigev_notify == SIGEV_THREAD) {
		errno = ENOSYS;
		return -1;
	}
	return syscall_errno(SYS_mq_notify, q, ev);
}
