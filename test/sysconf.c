/* sysconf: glibc's numbering, and values that agree with their sources
 * (auxv, rlimits, the affinity mask, taskrt's own limits). */
#include <errno.h>
#ifdef TASKRT
/* limits.h and pthread.h both define the PTHREAD_* limits: they must agree.
 * (A different redefinition in a system header draws no warning, so take
 * limits.h's values before pthread.h's replace them.) */
#include <limits.h>
enum {
	LIMITS_STACK_MIN = PTHREAD_STACK_MIN,
	LIMITS_KEYS_MAX = PTHREAD_KEYS_MAX,
	LIMITS_DESTRUCTOR_ITERATIONS = PTHREAD_DESTRUCTOR_ITERATIONS,
};
#undef PTHREAD_STACK_MIN
#undef PTHREAD_KEYS_MAX
#undef PTHREAD_DESTRUCTOR_ITERATIONS
#include <pthread.h>
_Static_assert(LIMITS_STACK_MIN == PTHREAD_STACK_MIN, "limits.h and pthread.h disagree");
_Static_assert(LIMITS_KEYS_MAX == PTHREAD_KEYS_MAX, "limits.h and pthread.h disagree");
_Static_assert(LIMITS_DESTRUCTOR_ITERATIONS == PTHREAD_DESTRUCTOR_ITERATIONS,
               "limits.h and pthread.h disagree");
#else
#include <limits.h>
#include <pthread.h>
#endif
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	unsigned long long limit[2];
	unsigned long mask[16] = { 0 };
	long n, pages, cpus = 0;

	/* glibc's numbers, so that a binary built against either agrees */
	CHECK_INT(_SC_ARG_MAX, 0);
	CHECK_INT(_SC_CLK_TCK, 2);
	CHECK_INT(_SC_OPEN_MAX, 4);
	CHECK_INT(_SC_PAGESIZE, 30);
	CHECK_INT(_SC_PAGE_SIZE, 30);
	CHECK_INT(_SC_THREAD_STACK_MIN, 75);
	CHECK_INT(_SC_NPROCESSORS_CONF, 83);
	CHECK_INT(_SC_NPROCESSORS_ONLN, 84);

	CHECK_INT(sysconf(_SC_PAGESIZE), getauxval(AT_PAGESZ));
	CHECK_INT(sysconf(_SC_PAGE_SIZE), getauxval(AT_PAGESZ));
	CHECK_INT(sysconf(_SC_PAGESIZE) & (sysconf(_SC_PAGESIZE) - 1), 0);
	CHECK_INT(sysconf(_SC_CLK_TCK), getauxval(AT_CLKTCK));
	CHECK_INT(sysconf(_SC_THREAD_STACK_MIN), PTHREAD_STACK_MIN);
	CHECK_INT(PTHREAD_STACK_MIN % sysconf(_SC_PAGESIZE), 0);
	CHECK_INT(sysconf(_SC_THREAD_KEYS_MAX), PTHREAD_KEYS_MAX);
	CHECK_INT(sysconf(_SC_THREAD_DESTRUCTOR_ITERATIONS), PTHREAD_DESTRUCTOR_ITERATIONS);
	CHECK_INT(sysconf(_SC_IOV_MAX), IOV_MAX);
	CHECK_INT(sysconf(_SC_VERSION), 200809L);

	/* processors: at least one, online <= configured, and at least as
	 * many online as this thread may use */
	n = syscall(SYS_sched_getaffinity, 0, sizeof mask, mask);
	CHECK(n > 0);
	for (long i = 0; i < n / (long)sizeof(long); i++)
		for (unsigned long w = mask[i]; w; w &= w - 1)
			cpus++;
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= cpus);
	CHECK(sysconf(_SC_NPROCESSORS_CONF) >= sysconf(_SC_NPROCESSORS_ONLN));

	/* limits: the soft rlimit, or -1 (no limit) */
	CHECK_INT(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, limit), 0);
	CHECK_INT(sysconf(_SC_OPEN_MAX), limit[0] > LONG_MAX ? -1 : (long)limit[0]);
	n = sysconf(_SC_ARG_MAX);
	CHECK(n >= 131072 && n <= 6L << 20);
	pages = sysconf(_SC_PHYS_PAGES);
	CHECK(pages > 0);
	CHECK(sysconf(_SC_AVPHYS_PAGES) > 0 && sysconf(_SC_AVPHYS_PAGES) <= pages);

	/* unknown names */
	errno = 0;
	CHECK_INT(sysconf(-1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sysconf(100000), -1);
	CHECK_INT(errno, EINVAL);
	return check_done();
}
