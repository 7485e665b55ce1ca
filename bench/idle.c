/* idle KIND N: what an idle thread costs in memory.  N threads (default
 * 100) are created with default attributes and left asleep in a read from
 * a pipe nobody writes; the process's VmSize (KIND = vm) or VmRSS (KIND =
 * rss) from /proc/self/status is read before and after.  Prints the
 * difference per thread in KiB, with one decimal.  The threads are never joined: exit ends
 * them.
 */
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include "bench.h"

static int never[2];
static int started;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void *idle(void *arg)
{
	char c;

	pthread_mutex_lock(&m);
	started++;
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&m);
	(void)!read(never[0], &c, 1);
	return arg;
}

/* The "Vm...:" line's figure, in KiB. */
static long status_kib(const char *field)
{
	char line[256];
	long kib = -1;
	size_t len = strlen(field);
	FILE *f = fopen("/proc/self/status", "r");

	check(f == NULL, "fopen /proc/self/status");
	while (fgets(line, sizeof line, f))
		if (strncmp(line, field, len) == 0)
			kib = strtol(line + len, 0, 10);
	fclose(f);
	check(kib < 0, field);
	return kib;
}

int main(int argc, char **argv)
{
	const char *field = argc > 1 && strcmp(argv[1], "rss") == 0 ? "VmRSS:" : "VmSize:";
	long n = count_arg(argc, argv, 2, 100), before, after;
	pthread_t t;

	check(pipe(never) != 0, "pipe");
	/* One thread first, so that any one-off cost of becoming
	 * multi-threaded (a first arena, a stack cache) is not counted. */
	check(pthread_create(&t, 0, idle, 0), "pthread_create");
	pthread_mutex_lock(&m);
	while (started < 1)
		pthread_cond_wait(&cv, &m);
	pthread_mutex_unlock(&m);
	before = status_kib(field);
	for (long i = 0; i < n; i++)
		check(pthread_create(&t, 0, idle, 0), "pthread_create");
	pthread_mutex_lock(&m);
	while (started < n + 1)
		pthread_cond_wait(&cv, &m);
	pthread_mutex_unlock(&m);
	after = status_kib(field);
	long tenths = ((after - before) * 10 + n / 2) / n;

	printf("%s%ld.%ld\n", tenths < 0 ? "-" : "", labs(tenths) / 10, labs(tenths) % 10);
	return 0;
}
