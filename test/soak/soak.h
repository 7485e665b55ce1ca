/* Shared by the soak programs (make soak, test/soak/run.sh): the scaled
 * count, a clock, and /proc/self/maps as a string to compare. */
#ifndef TASKRT_SOAK_H
#define TASKRT_SOAK_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

/* n times SOAK_SCALE (a factor, 1 by default; the runner gives qemu a
 * smaller one), at least 1. */
static __attribute__((unused)) long soak_count(long n)
{
	const char *s = getenv("SOAK_SCALE");
	double f = s ? strtod(s, 0) : 1;
	long c = (long)(n * f);

	return c < 1 ? 1 : c;
}

static __attribute__((unused)) double soak_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* /proc/self/maps into buf (NUL-terminated), its length, -1 on error. */
static __attribute__((unused)) long soak_maps(char *buf, size_t size)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	long n = 0, r;

	if (fd < 0)
		return -1;
	while ((r = read(fd, buf + n, size - 1 - n)) > 0)
		n += r;
	close(fd);
	buf[n] = 0;
	return r < 0 ? -1 : n;
}

/* One line for the runner's table: name, count, seconds. */
static __attribute__((unused)) void soak_report(const char *what, long count, double start)
{
	char line[160];

	snprintf(line, sizeof line, "SOAK %s count=%ld seconds=%.2f\n", what, count, soak_now() - start);
	check_puts(line);
}

#endif
