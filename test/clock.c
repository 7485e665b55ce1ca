/* clock, difftime, asctime, ctime and their _r forms. */
#define _GNU_SOURCE   /* asctime_r, ctime_r: for the glibc build */
#include <errno.h>
#include <string.h>
#include <time.h>
#include "check.h"

int main(void)
{
	struct tm tm;
	time_t t = 0;
	char buf[26];
	clock_t c0, c1;
	volatile unsigned long spin = 0;

	CHECK_INT(CLOCKS_PER_SEC, 1000000);
	c0 = clock();
	CHECK(c0 != (clock_t)-1);
	while ((c1 = clock()) - c0 < CLOCKS_PER_SEC / 100)   /* 10 ms of CPU */
		spin++;
	CHECK(c1 > c0);

	CHECK(difftime(10, 3) == 7.0);
	CHECK(difftime(3, 10) == -7.0);
	CHECK(difftime(0x7fffffffffffffffLL, -0x7fffffffffffffffLL) > 1.8e19);
	CHECK(difftime(1LL << 53, 0) == 9007199254740992.0);

	CHECK_STR(asctime(gmtime(&t)), "Thu Jan  1 00:00:00 1970\n");
	CHECK_STR(ctime(&t), "Thu Jan  1 00:00:00 1970\n");
	t = 951782400 + 3723;
	CHECK(gmtime_r(&t, &tm) == &tm);
	CHECK(asctime_r(&tm, buf) == buf);
	CHECK_STR(buf, "Tue Feb 29 01:02:03 2000\n");
	CHECK(ctime_r(&t, buf) == buf);
	CHECK_STR(buf, "Tue Feb 29 01:02:03 2000\n");
	/* a year that does not fit 26 bytes */
	tm.tm_year = 100000;
	errno = 0;
	CHECK(asctime_r(&tm, buf) == 0);
	CHECK_INT(errno, EOVERFLOW);
	TASKRT_ONLY(CHECK_STR(asctime(&tm), "Tue Feb 29 01:02:03 101900\n"));
	return check_done();
}
