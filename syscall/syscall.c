#include <stdarg.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* syscall(SYS_x, ...): always reads six arguments; the kernel ignores the
 * ones a call does not take. */
weak long syscall(long n, ...)
{
	va_list ap;
	long a, b, c, d, e, f;

	va_start(ap, n);
	a = va_arg(ap, long); b = va_arg(ap, long); c = va_arg(ap, long);
	d = va_arg(ap, long); e = va_arg(ap, long); f = va_arg(ap, long);
	va_end(ap);
	return syscall_errno(n, a, b, c, d, e, f);
}
