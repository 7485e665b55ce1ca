/* Thread names: the 16-byte "comm" the kernel keeps for every thread, the
 * name that ps, top and /proc/<pid>/task/<tid>/comm show.
 *
 * prctl(PR_SET_NAME / PR_GET_NAME) reaches only the calling thread; any
 * other thread's name is a file, /proc/self/task/<tid>/comm.  Names are at
 * most 15 characters and a NUL: longer ones are ERANGE, not cut short.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <linux/prctl.h>      /* PR_SET_NAME, PR_GET_NAME */
#include "internal/pthread.h"
#include "internal/defs.h"

#define NAME_SIZE 16

/* Open /proc/self/task/<tid>/comm: a file descriptor or -errno.  The
 * caller holds t's tid (thread/tid.c) until it has closed the file, so
 * that the name is never another thread's. */
static int open_comm(pthread_t t, int flags)
{
	char path[40] = "/proc/self/task/", digits[12], *p = digits + sizeof digits;
	int tid = __thread_tid_hold(t);

	if (!tid)
		return -ESRCH;
	*--p = 0;
	do *--p = '0' + tid % 10; while (tid /= 10);
	strcat(strcat(path, p), "/comm");
	return __syscall(SYS_openat, AT_FDCWD, path, flags | O_CLOEXEC);
}

weak int pthread_setname_np(pthread_t t, const char *name)
{
	size_t len = strlen(name);
	long fd, r;

	if (len >= NAME_SIZE)
		return ERANGE;
	if (t == __self())
		return -__syscall(SYS_prctl, PR_SET_NAME, name, 0, 0, 0);
	if ((fd = open_comm(t, O_WRONLY)) < 0) {
		__thread_tid_drop(t);
		return -fd;
	}
	r = __syscall(SYS_write, fd, name, len);
	__syscall(SYS_close, fd);
	__thread_tid_drop(t);
	return r < 0 ? -r : 0;
}

weak int pthread_getname_np(pthread_t t, char *name, size_t size)
{
	long fd, r;

	if (size < NAME_SIZE)
		return ERANGE;
	if (t == __self())
		return -__syscall(SYS_prctl, PR_GET_NAME, name, 0, 0, 0);
	if ((fd = open_comm(t, O_RDONLY)) < 0) {
		__thread_tid_drop(t);
		return -fd;
	}
	r = __syscall(SYS_read, fd, name, size - 1);
	__syscall(SYS_close, fd);
	__thread_tid_drop(t);
	if (r < 0)
		return -r;
	if (r > 0 && name[r - 1] == '\n')      /* the file ends in a newline */
		r--;
	name[r] = 0;
	return 0;
}
