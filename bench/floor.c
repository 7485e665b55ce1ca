/* floor clone N:   the kernel floor under pthread_create + pthread_join:
 *                  N rounds of a raw clone whose child at once calls
 *                  SYS_exit, while the parent sleeps on the
 *                  CLONE_CHILD_CLEARTID word with a shared FUTEX_WAIT until
 *                  the kernel zeroes it.  ONE stack, reused every round; no
 *                  TLS, no signal mask, no mmap.  Prints ns per round.
 * floor getppid N: N raw getppid system calls: the price of one trip into
 *                  the kernel and back.  Prints ns per call.
 *
 * The loops are assembly (bench/floor-<arch>.S), so no library code runs
 * inside the timed part; this file only times them.  It is built with
 * taskrt-cc, but any libc would do: only clock_gettime and printf are used.
 */
#include <sched.h>
#include <string.h>
#include "bench.h"

/* Both return 0, or -errno from the first system call that failed. */
long floor_clone(long n, unsigned long flags, void *stack_top, volatile int *tid_word);
long floor_getppid(long n);

#define FLOOR_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
	CLONE_SYSVSEM | CLONE_CHILD_CLEARTID)

/* The child's stack: it never touches it (it only makes one system call),
 * but the kernel wants a stack pointer, and a real one is honest. */
static char stack[16384] __attribute__((aligned(64)));
static volatile int tid_word;

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

	run(clone, n / 10 + 1);                  /* warm-up */
	t0 = now_ns();
	r = run(clone, n);
	elapsed = now_ns() - t0;
	check(-(int)r, clone ? "clone" : "getppid");
	report(elapsed, n);
	return 0;
}
