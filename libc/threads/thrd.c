/* C11 threads on top of pthreads.
 *
 * The only real difference is the start function: C11's returns an int,
 * pthreads' a void *.  Calling one through a pointer of the other type is
 * undefined, so thrd_create hands pthread_create a small trampoline that
 * calls the C11 function and turns its int into a pointer (and thrd_join
 * turns it back).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>
#include "internal/defs.h"

struct start {
	thrd_start_t fn;
	void *arg;
};

static void *trampoline(void *p)
{
	struct start s = *(struct start *)p;

	free(p);                   /* the new thread's own copy is s */
	return (void *)(intptr_t)s.fn(s.arg);
}

int thrd_create(thrd_t *thread, thrd_start_t fn, void *arg)
{
	struct start *s = malloc(sizeof *s);
	int r;

	if (!s)
		return thrd_nomem;
	s->fn = fn;
	s->arg = arg;
	r = __pthread_create(thread, 0, trampoline, s);
	if (r == 0)
		return thrd_success;
	free(s);
	return r == EAGAIN ? thrd_nomem : thrd_error;   /* EAGAIN: no memory for a stack */
}

int thrd_join(thrd_t thread, int *result)
{
	void *v;

	if (__pthread_join(thread, &v) != 0)
		return thrd_error;
	if (result)
		*result = (int)(intptr_t)v;
	return thrd_success;
}

int thrd_detach(thrd_t thread)
{
	return __pthread_detach(thread) == 0 ? thrd_success : thrd_error;
}

_Noreturn void thrd_exit(int result)
{
	__pthread_exit((void *)(intptr_t)result);
}

thrd_t thrd_current(void)
{
	return __pthread_self();
}

int thrd_equal(thrd_t a, thrd_t b)
{
	return __pthread_equal(a, b);
}

/* 0 when the whole duration passed, -1 when a signal cut it short (the
 * rest is in *remaining), another negative value on any other error. */
int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
	int r = __clock_nanosleep(CLOCK_REALTIME, 0, duration, remaining);

	return r == 0 ? 0 : r == EINTR ? -1 : -2;
}

void thrd_yield(void)
{
	__sched_yield();
}
