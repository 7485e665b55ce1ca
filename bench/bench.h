/* bench.h: what every timing program shares.  Plain POSIX, so that the same
 * source builds against glibc, musl and taskrt unchanged.
 *
 * Each program does its work N times (N from the command line), untimed
 * once first as a warm-up, and prints one number: nanoseconds per
 * operation with one decimal, e.g. "23514.7".  bench/run.sh runs the
 * programs in interleaved rounds and takes medians.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* The monotonic clock in nanoseconds (the vDSO on every libc measured). */
static inline unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

/* argv[i] as a positive count, or fallback when it is absent. */
static inline long count_arg(int argc, char **argv, int i, long fallback)
{
	long n = argc > i ? strtol(argv[i], 0, 10) : fallback;

	return n > 0 ? n : fallback;
}

/* Print ns/ops with one decimal, rounded: integers only, so that a libc
 * without floating-point printf (nolibc) could print it too. */
static inline void report(unsigned long long ns, unsigned long long ops)
{
	unsigned long long tenths = (ns * 10 + ops / 2) / ops;

	printf("%lu.%lu\n", (unsigned long)(tenths / 10), (unsigned long)(tenths % 10));
}

/* Leave with a message on stderr when a call the benchmark relies on fails. */
static inline void check(int error, const char *what)
{
	if (error) {
		fprintf(stderr, "bench: %s failed (error %d)\n", what, error);
		exit(1);
	}
}

#endif
