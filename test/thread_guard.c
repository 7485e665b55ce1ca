/* A thread that overflows its stack hits the guard page: SIGSEGV, seen by
 * the parent process through waitpid, never silent corruption. */
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static volatile int limit = 1 << 30;   /* deeper than any stack: never reached */

static int depth(int n)
{
	volatile char pad[512];

	pad[0] = (char)n;
	if (n == limit)
		return 0;
	return depth(n + 1) + pad[0];   /* not a tail call: each level stays */
}

static void *overflow(void *arg)
{
	return (void *)(long)depth((int)(long)arg);
}

int main(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		pthread_attr_t attr;
		pthread_t t;

		pthread_attr_init(&attr);
		pthread_attr_setstacksize(&attr, 128 * 1024);
		pthread_create(&t, &attr, overflow, 0);
		pthread_join(t, 0);
		_exit(0);                 /* not reached */
	}
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFSIGNALED(status));
	CHECK_INT(WTERMSIG(status), SIGSEGV);
	return check_done();
}
