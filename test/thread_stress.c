/* test stress: 10,000 rounds */
/* 10,000 create/join cycles with the number of mappings unchanged at the
 * end (stacks come back from the cache, nothing leaks), and 256 threads
 * alive at once. */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <unistd.h>
#include "check.h"

static void *plus_one(void *arg) { return (void *)((uintptr_t)arg + 1); }

/* Each of the 256 arrives, then sleeps in read() until main releases
 * them all at once with 256 bytes down the pipe (no thread spins). */
static volatile int arrived;
static int gate[2];
static void *wait_all(void *arg)
{
	char byte;

	__atomic_fetch_add(&arrived, 1, __ATOMIC_SEQ_CST);
	if (read(gate[0], &byte, 1) != 1)
		return 0;
	return arg;
}

int main(void)
{
	static pthread_t many[256];
	pthread_t t;
	int before, i, bad = 0, live = 0;
	void *r;

	/* warm the stack cache, then count */
	pthread_create(&t, 0, plus_one, 0);
	pthread_join(t, 0);
	before = check_count_mappings();
	for (i = 0; i < 10000; i++) {
		if (pthread_create(&t, 0, plus_one, (void *)(uintptr_t)i) != 0
		    || pthread_join(t, &r) != 0 || r != (void *)(uintptr_t)(i + 1))
			bad++;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(check_count_mappings(), before);

	CHECK_INT(pipe(gate), 0);
	for (i = 0; i < 256; i++)
		if (pthread_create(&many[i], 0, wait_all, (void *)(uintptr_t)i) == 0)
			live++;
	CHECK_INT(live, 256);
	while (arrived < live)
		sched_yield();
	CHECK_INT(arrived, 256);            /* all 256 running at once */
	for (i = 0; i < live; i++)
		CHECK_INT(write(gate[1], "x", 1), 1);
	for (i = 0; i < live; i++)
		if (pthread_join(many[i], &r) != 0 || r != (void *)(uintptr_t)i)
			bad++;
	CHECK_INT(bad, 0);
	return check_done();
}
