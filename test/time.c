/* Clocks and sleeps: plausible values, monotonic order, sleeps that last
 * at least as long as asked, and the errors the man pages name. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static long long ns(const struct timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(void)
{
	struct timespec a, b, req = { 0, 20 * 1000 * 1000 }, res;
	time_t t;

	CHECK_INT(clock_gettime(CLOCK_REALTIME, &a), 0);
	CHECK(a.tv_sec > 1700000000LL);          /* after November 2023 */
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	t = time(0);
	CHECK(t >= a.tv_sec && t <= a.tv_sec + 5);
	CHECK_INT(time(&t), t);

	CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK_INT(nanosleep(&req, 0), 0);
	CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	CHECK(ns(&b) - ns(&a) >= 20 * 1000 * 1000);
	CHECK_INT(usleep(10000), 0);
	CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK(ns(&a) - ns(&b) >= 10 * 1000 * 1000);
	CHECK_INT(sleep(0), 0);

	CHECK_INT(clock_getres(CLOCK_MONOTONIC, &res), 0);
	CHECK(res.tv_sec == 0 && res.tv_nsec > 0);
	CHECK_INT(clock_gettime(12345, &a), -1);
	CHECK_INT(errno, EINVAL);
	req.tv_nsec = 1000000000;               /* out of range */
	CHECK_INT(nanosleep(&req, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, 0), EINVAL);
	return check_done();
}
