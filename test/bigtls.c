/* A program whose static TLS is larger than the start-up stack may grow:
 * 12 MiB of .tbss under the usual 8 MiB stack limit.  The main thread's
 * block then lives in a mapping of its own, zeroed, with .tdata's values
 * and p_align honoured; threads get their own copy as always.
 *
 * Natively the test first lowers its stack limit to 8 MiB (if it is
 * higher) and execs itself again: the limit must be in force before
 * start-up, which sets up the TLS.  qemu-user gives every guest a fixed
 * 8 MiB stack of its own. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/resource.h>     /* RLIMIT_STACK: taskrt has no sys/resource.h */
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

#define BIG (12 << 20)   /* below aarch64 local-exec TLS's 16 MiB reach */
#define STACK_LIMIT (8ULL << 20)

static __thread char big[BIG] __attribute__((aligned(64)));
static __thread int tdata = 1234;

static void *thread_fn(void *arg)
{
	(void)arg;
	if (tdata != 1234 || big[0] || big[BIG - 1])
		return (void *)1;
	big[BIG - 1] = 5;
	return (void *)(uintptr_t)&big[0];
}

int main(int argc, char **argv)
{
	extern char **environ;
	const char *mode = getenv("TASKRT_TEST_MODE");
	unsigned long long limit[2] = { 0, 0 };   /* cur, max */
	pthread_t t;
	void *r = 0;

	if (argc < 4 && (!mode || strcmp(mode, "qemu") != 0)
	    && syscall(SYS_prlimit64, 0, RLIMIT_STACK, 0, limit) == 0 && limit[0] > STACK_LIMIT) {
		char *args[] = { argv[0], argv[1], argv[2], "again", 0 };

		limit[0] = STACK_LIMIT;
		CHECK_INT(syscall(SYS_prlimit64, 0, RLIMIT_STACK, limit, 0), 0);
		execve("/proc/self/exe", args, environ);
		CHECK(!"execve /proc/self/exe");
		return check_done();
	}

	CHECK_INT(big[0], 0);
	CHECK_INT(big[BIG / 2], 0);
	CHECK_INT(big[BIG - 1], 0);
	CHECK_INT(tdata, 1234);
	CHECK_INT((uintptr_t)big % 64, 0);
	big[0] = 1;
	big[BIG - 1] = 2;
	tdata = 99;
	errno = 0;
	CHECK_INT(write(-1, "", 0), -1);    /* errno lives in the TCB next to it */
	CHECK_INT(errno, EBADF);

	CHECK_INT(pthread_create(&t, 0, thread_fn, 0), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r != (void *)1);
	CHECK(r != (void *)big);
	CHECK_INT(big[0], 1);
	CHECK_INT(big[BIG - 1], 2);
	CHECK_INT(tdata, 99);
	return check_done();
}
