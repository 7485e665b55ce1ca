/* TLS in threads: every thread starts from the initial values, whatever
 * its peers have written to theirs (on 32-bit arches too), sees its own
 * copies at the alignment asked for, and has its own errno. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

__thread int counter = 100;
__thread long long wide = 0x1122334455667788LL;
__thread char name[16] = "initial";
__thread int zero;
__thread int aligned64 __attribute__((aligned(64))) = 64;
__thread char aligned4096[8] __attribute__((aligned(4096))) = "page";

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg, ok = 1, i;

	ok &= counter == 100 && wide == 0x1122334455667788LL && strcmp(name, "initial") == 0;
	ok &= zero == 0 && aligned64 == 64 && strcmp(aligned4096, "page") == 0;
	ok &= (uintptr_t)&aligned64 % 64 == 0 && (uintptr_t)aligned4096 % 4096 == 0;
	/* scribble over everything, then check nobody else did */
	for (i = 0; i < 1000; i++) {
		counter += id;
		wide ^= id;
		zero++;
		sched_yield();
	}
	memset(name, 'x', 15);
	strcpy(aligned4096, "gone");
	errno = 1000 + id;
	sched_yield();
	ok &= counter == 100 + 1000 * id && zero == 1000 && errno == 1000 + id;
	return (void *)(intptr_t)ok;
}

int main(void)
{
	pthread_t t[16];
	void *r;
	int i, ok = 0, round;

	for (round = 0; round < 4; round++) {   /* reused stacks: TLS made afresh */
		for (i = 0; i < 16; i++)
			CHECK_INT(pthread_create(&t[i], 0, worker, (void *)(intptr_t)(i + 1)), 0);
		for (i = 0; i < 16; i++) {
			pthread_join(t[i], &r);
			ok += r == (void *)1;
		}
	}
	CHECK_INT(ok, 64);
	CHECK_INT(counter, 100);              /* main's own copies untouched */
	CHECK_STR(name, "initial");
	CHECK_STR(aligned4096, "page");
	return check_done();
}
