/* test stress: 10,000 rounds */
/* qemu-i386 keeps one GDT for every thread: a thread returning from a
 * handler reloads %gs from the slot the newest thread's clone wrote, and
 * finds that thread's TLS (gone once it is joined). */
/* test skip qemu-i386: qemu-i386 keeps one GDT for all threads: %gs changes under a signal handler */
/* A storm of signals (an interval timer firing every 100 µs) while 10,000
 * threads are created and joined: no handler ever runs on a thread whose
 * TLS is not set up (pthread_create blocks all signals across the clone),
 * and every create succeeds. */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

__thread unsigned magic = 0x7a5c0de;   /* .tdata: wrong if TLS is missing */
static volatile int handled, bad_tls;

static void on_alarm(int sig)
{
	(void)sig;
	if (magic != 0x7a5c0de)
		bad_tls++;
	handled++;
}

static void *work(void *arg) { return arg; }

/* setitimer's struct, two timevals of longs (the only time the 32-bit
 * arches still take 32-bit seconds: a 100 µs interval fits). */
struct interval { long interval_s, interval_us, value_s, value_us; };

int main(void)
{
	struct sigaction sa = { .sa_handler = on_alarm, .sa_flags = SA_RESTART };
	struct interval every = { 0, 100, 0, 100 }, off = { 0 };
	pthread_t t;
	int i, failed = 0;

	CHECK_INT(sigaction(SIGALRM, &sa, 0), 0);
	CHECK_INT(syscall(SYS_setitimer, 0 /* ITIMER_REAL */, &every, 0), 0);
	for (i = 0; i < 10000; i++) {
		if (pthread_create(&t, 0, work, 0) != 0 || pthread_join(t, 0) != 0)
			failed++;
	}
	syscall(SYS_setitimer, 0, &off, 0);
	CHECK_INT(failed, 0);
	CHECK_INT(bad_tls, 0);
	CHECK(handled > 0);
	return check_done();
}
