/* ioctl: one request and at most one argument, which the kernel reads as
 * a machine word (an int or a pointer, promoted to long either way). */
#include <stdarg.h>
#include <sys/ioctl.h>
#include "internal/syscall.h"
#include "internal/defs.h"

int __ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	return syscall_errno(SYS_ioctl, fd, request, arg);
}
weak_alias(__ioctl, ioctl);
