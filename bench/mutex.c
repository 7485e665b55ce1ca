/* mutex contended N:   4 threads each lock, increment, unlock N times.
 *                      Prints ns per lock/unlock pair (wall time / 4N).
 * mutex single N:      the main thread of a single-threaded process, N
 *                      lock/unlock pairs.  Prints ns per pair.  glibc
 *                      skips its atomics while a process has one thread.
 * mutex uncontended N: the same, while a second thread exists (asleep in a
 *                      read from a pipe nobody writes), so no libc can take
 *                      a single-thread shortcut.  Prints ns per pair.  The
 *                      sleeper is never woken nor joined: exit ends it.
 *                      So the number of system calls a run makes does not
 *                      depend on timing, and bench/run.sh can count those
 *                      of the lock path by comparing two values of N.
 *
 * A default (PTHREAD_MUTEX_NORMAL) mutex in every case.  The counter is
 * checked at the end, so a broken mutex cannot post a good time.
 */
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include "bench.h"

#define THREADS 4

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int never[2];                 /* a pipe nobody writes to */
static volatile long counter;
static long per_thread;

static void *hammer(void *arg)
{
	for (long i = 0; i < per_thread; i++) {
		pthread_mutex_lock(&m);
		counter++;
		pthread_mutex_unlock(&m);
	}
	return arg;
}

static void contended(long n)
{
	pthread_t t[THREADS];

	per_thread = n;
	for (int i = 0; i < THREADS; i++)
		check(pthread_create(&t[i], 0, hammer, 0), "pthread_create");
	for (int i = 0; i < THREADS; i++)
		check(pthread_join(t[i], 0), "pthread_join");
}

/* The idle second thread: asleep in the kernel until the process exits. */
static void *idle(void *arg)
{
	char c;

	(void)!read(never[0], &c, 1);
	return arg;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "single";
	long n = count_arg(argc, argv, 2, 100000);
	unsigned long long t0, elapsed;
	long want;
	pthread_t sleeper;

	if (strcmp(mode, "contended") == 0) {
		contended(n / 10 + 1);           /* warm-up */
		counter = 0;
		t0 = now_ns();
		contended(n);
		elapsed = now_ns() - t0;
		want = THREADS * n;
	} else {
		int two = strcmp(mode, "uncontended") == 0;

		if (two) {
			check(pipe(never) != 0, "pipe");
			check(pthread_create(&sleeper, 0, idle, 0), "pthread_create");
		}
		per_thread = n / 10 + 1;
		hammer(0);                       /* warm-up */
		counter = 0;
		per_thread = n;
		t0 = now_ns();
		hammer(0);
		elapsed = now_ns() - t0;
		want = n;
	}
	check(counter != want, "mutual exclusion (lost increments)");
	report(elapsed, want);
	return 0;
}
