/* User contexts for a port without arch/<arch>/ucontext.S yet: each call
 * fails with ENOSYS, as glibc's stubs do (test/ucontext.c skips).  The
 * C halves (libc/ucontext/) call __ucontext_jump, which here returns the
 * error instead of jumping. */
#include <ucontext.h>
#include <errno.h>

int __ucontext_jump(const ucontext_t *ucp)
{
	(void)ucp;
	return -ENOSYS;
}

weak int getcontext(ucontext_t *ucp)
{
	(void)ucp;
	errno = ENOSYS;
	return -1;
}

weak int swapcontext(ucontext_t *restrict oucp, const ucontext_t *restrict ucp)
{
	(void)oucp, (void)ucp;
	errno = ENOSYS;
	return -1;
}

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	(void)ucp, (void)func, (void)argc;
	errno = ENOSYS;
}
