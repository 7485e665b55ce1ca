/* pthread_exit from main: the other threads run on, and the process ends
 * as exit(0) would when the last of them ends (atexit handlers run once). */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

static volatile int done, handlers;

static void at_end(void)
{
	handlers++;
	CHECK_INT(done, 4);          /* every thread finished its work */
	CHECK_INT(handlers, 1);
	if (check_done())
		_exit(1);
}

static void *work(void *arg)
{
	usleep(20000);                /* main has long gone by now */
	__atomic_fetch_add(&done, 1, __ATOMIC_SEQ_CST);
	return arg;
}

int main(void)
{
	pthread_t t;
	int i;

	atexit(at_end);
	for (i = 0; i < 4; i++) {
		pthread_create(&t, 0, work, 0);
		pthread_detach(t);
	}
	pthread_exit(0);
}
