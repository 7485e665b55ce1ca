/* test skip glibc: glibc 2.36 itself dies (SIGSEGV) on one of these sizes, in its own pthread_create */
/* Stack and guard sizes near SIZE_MAX: pthread_create refuses them.
 *
 * The rounding of a stack size to pages, and the sum of guard, stack and
 * TLS area, must not wrap around: a wrapped size leaves a mapping with no
 * stack, and the new thread dies on its first push.  As glibc: a size
 * whose arithmetic wraps is EINVAL; one that is merely too big to map is
 * EAGAIN (or, on a 32-bit arch with that much free address space, a
 * thread that runs).
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <unistd.h>
#include "check.h"

static void *run(void *arg)
{
	volatile char buf[256];

	buf[0] = 1;                     /* touches the stack */
	return (void *)((uintptr_t)arg + buf[0]);
}

/* pthread_create's answer for this stack and guard size. */
static int create_with(size_t stack, size_t guard)
{
	pthread_attr_t attr;
	pthread_t t;
	void *result = 0;
	int r;

	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setstacksize(&attr, stack), 0);
	CHECK_INT(pthread_attr_setguardsize(&attr, guard), 0);
	r = pthread_create(&t, &attr, run, (void *)41);
	if (r == 0) {
		CHECK_INT(pthread_join(t, &result), 0);
		CHECK_INT((uintptr_t)result, 42);
	}
	return r;
}

int main(void)
{
	size_t page = sysconf(_SC_PAGESIZE), r;
	static char stack[65536];
	pthread_attr_t attr;
	pthread_t t;

	/* The stack size alone wraps when rounded up to a page. */
	CHECK_INT(create_with(SIZE_MAX, page), EINVAL);
	CHECK_INT(create_with(SIZE_MAX - page + 2, page), EINVAL);
	/* It rounds to the last page of the address space; the guard or the
	 * TLS area on top of it wraps. */
	CHECK_INT(create_with(SIZE_MAX - page + 1, page), EINVAL);
	CHECK_INT(create_with(SIZE_MAX - 2 * page + 1, 2 * page), EINVAL);
	/* The guard alone wraps. */
	CHECK_INT(create_with(PTHREAD_STACK_MIN, SIZE_MAX), EINVAL);
	CHECK_INT(create_with(PTHREAD_STACK_MIN, SIZE_MAX - page + 2), EINVAL);
	/* Half the address space: no wrap, but no such mapping either (a
	 * 32-bit process may have it free, and then the thread runs). */
	r = create_with(SIZE_MAX / 2, page);
	CHECK(r == EAGAIN || (r == 0 && sizeof(size_t) == 4));
	/* The caller's stack must not wrap around the address space. */
	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setstack(&attr, stack, SIZE_MAX - (uintptr_t)stack + 1), 0);
	CHECK_INT(pthread_create(&t, &attr, run, 0), EINVAL);
	/* And ordinary sizes still work. */
	CHECK_INT(create_with(PTHREAD_STACK_MIN, page), 0);
	CHECK_INT(create_with(1 << 20, 0), 0);
	return check_done();
}
