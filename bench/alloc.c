/* alloc MODE SIZE N: malloc and free.
 *
 *   single SIZE N   N malloc(SIZE) + free pairs in a one-thread process.
 *                   ns per pair.
 *   threads SIZE N  4 threads, each N pairs at once.  ns per pair (wall
 *                   time / 4N).
 *   handoff SIZE N  the main thread mallocs N blocks and passes them, in
 *                   batches of 256, to a consumer thread, which frees
 *                   them: every free is of another thread's block.  ns
 *                   per block.
 *   rss KIND        1,000,000 live 16-byte blocks (each written), then all
 *                   freed.  Prints the resident set in KiB (from
 *                   /proc/self/statm) at KIND = start (before the first
 *                   malloc), live (all blocks allocated) or freed.
 *
 * malloc and free are called through volatile pointers: compilers may
 * otherwise drop a malloc whose block is freed unused.  Each block is
 * written (its first and last byte), as a program would.
 */
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "bench.h"

#define THREADS 4
#define BATCH 256
#define SLOTS 16
#define LIVE 1000000

static void *(*volatile do_malloc)(size_t) = malloc;
static void (*volatile do_free)(void *) = free;
static size_t size;
static long per_thread;

static void pairs(long n)
{
	for (long i = 0; i < n; i++) {
		char *p = do_malloc(size);

		check(p == NULL, "malloc");
		p[0] = (char)i;
		p[size - 1] = (char)i;
		do_free(p);
	}
}

static void *pairs_thread(void *arg)
{
	pairs(per_thread / 10 + 1);
	pairs(per_thread);
	return arg;
}

/* The handoff: SLOTS batches of BATCH blocks.  The producer fills the
 * batch at head, the consumer empties the one at tail; a mutex and two
 * condition variables guard only the two counts, once per batch, so the
 * cost per block is malloc and a free from another thread. */
static void *batch[SLOTS][BATCH];
static unsigned long head, tail;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t filled = PTHREAD_COND_INITIALIZER, emptied = PTHREAD_COND_INITIALIZER;

static void *consumer(void *arg)
{
	for (long b = 0; b < per_thread; b++) {
		pthread_mutex_lock(&m);
		while (head == tail)
			pthread_cond_wait(&filled, &m);
		pthread_mutex_unlock(&m);
		for (int i = 0; i < BATCH; i++) {
			char *p = batch[tail % SLOTS][i];

			check(p[0] != (char)i, "the handoff (a block out of place)");
			do_free(p);
		}
		pthread_mutex_lock(&m);
		tail++;
		pthread_cond_signal(&emptied);
		pthread_mutex_unlock(&m);
	}
	return arg;
}

/* n blocks, rounded up to whole batches; returns how many. */
static long handoff(long n)
{
	pthread_t t;

	per_thread = (n + BATCH - 1) / BATCH;
	check(pthread_create(&t, 0, consumer, 0), "pthread_create");
	for (long b = 0; b < per_thread; b++) {
		pthread_mutex_lock(&m);
		while (head - tail == SLOTS)
			pthread_cond_wait(&emptied, &m);
		pthread_mutex_unlock(&m);
		for (int i = 0; i < BATCH; i++) {
			char *p = do_malloc(size);

			check(p == NULL, "malloc");
			p[0] = (char)i;
			p[size - 1] = (char)i;
			batch[head % SLOTS][i] = p;
		}
		pthread_mutex_lock(&m);
		head++;
		pthread_cond_signal(&filled);
		pthread_mutex_unlock(&m);
	}
	check(pthread_join(t, 0), "pthread_join");
	return per_thread * BATCH;
}

/* Resident set in KiB: statm's second field is in pages. */
static long rss_kib(void)
{
	char buf[128];
	long pages = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	check(f == NULL, "fopen /proc/self/statm");
	check(fgets(buf, sizeof buf, f) == NULL, "reading /proc/self/statm");
	fclose(f);
	check(sscanf(buf, "%*s %ld", &pages) != 1, "parsing /proc/self/statm");
	return pages * (sysconf(_SC_PAGESIZE) / 1024);
}

static void **blocks;

static long rss(const char *kind)
{
	long start, live, freed;

	/* The table of pointers is mapped (not malloc'd) and touched before
	 * the start figure, so that only the blocks count. */
	blocks = mmap(0, LIVE * sizeof *blocks, PROT_READ | PROT_WRITE,
	              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check(blocks == MAP_FAILED, "mmap");
	memset(blocks, 0, LIVE * sizeof *blocks);
	start = rss_kib();
	for (long i = 0; i < LIVE; i++) {
		char *p = do_malloc(16);

		check(p == NULL, "malloc");
		memset(p, (int)i, 16);
		blocks[i] = p;
	}
	live = rss_kib();
	for (long i = 0; i < LIVE; i++)
		do_free(blocks[i]);
	freed = rss_kib();
	return strcmp(kind, "start") == 0 ? start : strcmp(kind, "live") == 0 ? live : freed;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "single";
	unsigned long long t0, elapsed;
	long n = count_arg(argc, argv, 3, 1000000), ops = n;

	if (strcmp(mode, "rss") == 0) {
		printf("%ld\n", rss(argc > 2 ? argv[2] : "live"));
		return 0;
	}
	size = (size_t)count_arg(argc, argv, 2, 16);
	if (strcmp(mode, "single") == 0) {
		pairs(n / 10 + 1);
		t0 = now_ns();
		pairs(n);
		elapsed = now_ns() - t0;
	} else if (strcmp(mode, "threads") == 0) {
		pthread_t t[THREADS];

		per_thread = n;
		t0 = now_ns();
		for (int i = 0; i < THREADS; i++)
			check(pthread_create(&t[i], 0, pairs_thread, 0), "pthread_create");
		for (int i = 0; i < THREADS; i++)
			check(pthread_join(t[i], 0), "pthread_join");
		elapsed = now_ns() - t0;
		ops = THREADS * (n + n / 10 + 1);
	} else {
		check(strcmp(mode, "handoff") != 0, "a known mode");
		handoff(n / 10 + 1);
		t0 = now_ns();
		ops = handoff(n);
		elapsed = now_ns() - t0;
	}
	report(elapsed, ops);
	return 0;
}
