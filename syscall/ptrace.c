/* ptrace, glibc's way: the three PEEK requests have the kernel store the
 * word through a pointer, and return it themselves. */
#include <sys/ptrace.h>
#include <errno.h>
#include <stdarg.h>
#include <sys/types.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak long ptrace(int request, ...)
{
	va_list ap;
	long word, r;

	va_start(ap, request);
	pid_t pid = va_arg(ap, pid_t);
	void *addr = va_arg(ap, void *);
	void *data = va_arg(ap, void *);
	va_end(ap);
	int peek = request == PTRACE_PEEKTEXT || request == PTRACE_PEEKDATA || request == PTRACE_PEEKUSR;
	if (peek)
		data = &word;
	r = __syscall(SYS_ptrace, request, pid, addr, data);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	if (peek) {
		errno = 0;           /* a word of -1 is no error */
		return word;
	}
	return r;
}
