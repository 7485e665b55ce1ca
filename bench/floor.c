/* floor clone N:   the kernel floor under pthread_create + pthread_join:
 *                  N rounds of a raw clone whose child at once calls
 *                  SYS_exit, while the parent sleeps on the
 *                  CLONE_CHILD_CLEARTID word with a shared FUTEX_WAIT until
 *                  the kernel zeroes it.  ONE stack, reused every round; no
 *                  TLS, no signal mask, no mmap.  Prints ns per round.
 * floor getppid N: N raw getppid system calls: the price of one trip into
 *                  the kernel and back.  Prints ns per call.
 * floor pingpong N: two threads hand a turn back and forth N times on one
 *                  futex word: each side sleeps (FUTEX_WAIT) while it is
 *                  the other's turn, then stores the other's number and
 *                  wakes it (FUTEX_WAKE).  The floor under a condition
 *                  variable or semaphore ping-pong.  Prints ns per round
 *                  trip.  Only where floor-<arch>.S has floor_pingpong
 *                  (x86_64, aarch64); elsewhere it fails with a message.
 *
 * The loops are assembly (bench/floor-<arch>.S), so no library code runs
 * inside the timed part; this file only times them.  It is built with
 * taskrt-cc, but any libc would do: only clock_gettime and printf are used
 * (and pthread_create, outside the timed loop, for the ping-pong partner).
 */
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include "bench.h"

/* Both return 0, or -errno from the first system call that failed. */
long floor_clone(long n, unsigned long flags, void *stack_top, volatile int *tid_word);
long floor_getppid(long n);
/* Weak: an arch whose floor-<arch>.S lacks it links, with a null here. */
long floor_pingpong(long n, volatile int *turn, int me) __attribute__((weak));

#define FLOOR_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
	CLONE_SYSVSEM | CLONE_CHILD_CLEARTID)

/* The child's stack: it never touches it (it only makes one system call),
 * but the kernel wants a stack pointer, and a real one is honest. */
static char stack[16384] __attribute__((aligned(64)));
static volatile int tid_word;

static volatile int turn;
static long pingpong_n, partner_result;

/* The ping-pong's second thread: the same turns as main, as player 1. */
static void *partner(void *arg)
{
	partner_result = floor_pingpong(pingpong_n / 10 + 1, &turn, 1);
	if (partner_result == 0)
		partner_result = floor_pingpong(pingpong_n, &turn, 1);
	return arg;
}

static int pingpong(long n)
{
	unsigned long long t0, elapsed;
	pthread_t t;
	long r;

	check(!floor_pingpong, "floor pingpong (no floor_pingpong in this arch's floor-<arch>.S)");
	pingpong_n = n;
	check(pthread_create(&t, 0, partner, 0), "pthread_create");
	r = floor_pingpong(n / 10 + 1, &turn, 0);  /* warm-up */
	t0 = now_ns();
	if (r == 0)
		r = floor_pingpong(n, &turn, 0);
	elapsed = now_ns() - t0;
	check(pthread_join(t, 0), "pthread_join");
	check(-(int)r || -(int)partner_result, "futex");
	report(elapsed, n);
	return 0;
}

static long run(int clone, long n)
{
	return clone ? floor_clone(n, FLOOR_FLAGS, stack + sizeof stack, &tid_word)
	             : floor_getppid(n);
}

int main(int argc, char **argv)
{
	int clone = argc > 1 && strcmp(argv[1], "clone") == 0;
	long n = count_arg(argc, argv, 2, clone ? 2000 : 1000000);
	unsigned long long t0, elapsed;
	long r;

	if (argc > 1 && strcmp(argv[1], "pingpong") == 0)
		return pingpong(count_arg(argc, argv, 2, 100000));
	run(clone, n / 10 + 1);                  /* warm-up */
	t0 = now_ns();
	r = run(clone, n);
	elapsed = now_ns() - t0;
	check(-(int)r, clone ? "clone" : "getppid");
	report(elapsed, n);
	return 0;
}
