/* qemu-user 7.2 itself aborts ("cpu_exec: assertion failed: (cpu ==
 * current_cpu)") in 3 runs out of 10 when exit_group meets threads that
 * are exiting: that race is exactly what this test is for. */
/* test skip qemu: qemu-user 7.2 aborts when exit_group races exiting threads (cpu == current_cpu) */
/* Detached threads still running (and exiting, and unmapping their own
 * stacks) while main calls exit(): the process ends cleanly with main's
 * status, and the atexit handler runs exactly once. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static volatile int handlers, started;

static void at_end(void)
{
	handlers++;
	CHECK_INT(handlers, 1);
	if (check_done())
		_exit(1);
}

static void *short_life(void *arg)
{
	__atomic_fetch_add(&started, 1, __ATOMIC_SEQ_CST);
	return arg;
}

static void *long_life(void *arg)
{
	__atomic_fetch_add(&started, 1, __ATOMIC_SEQ_CST);
	for (;;)
		usleep(1000);
	return arg;
}

int main(void)
{
	pthread_attr_t attr;
	pthread_t t;
	int i;

	atexit(at_end);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (i = 0; i < 64; i++)
		CHECK_INT(pthread_create(&t, &attr, i % 2 ? short_life : long_life, 0), 0);
	while (started < 32)
		usleep(1000);
	exit(0);
}
