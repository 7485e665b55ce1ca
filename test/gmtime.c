/* gmtime/localtime and their inverses timegm/mktime: the epoch, the second
 * before it, 2^31, the first and last days of years 1 and 9999, leap
 * years (2000 yes, 1900 no, 2024 yes), years 0 and before, the ends of
 * tm_year's range, and out-of-range fields carried by timegm. */
#include <errno.h>
#include <limits.h>
#include <time.h>
#include "check.h"

/* Compare one broken-down time: year, month 1..12, day, h:m:s, day of the
 * year (0-based), day of the week (0 = Sunday). */
#define CHECK_TM(tm, y, mo, d, h, mi, s, yday, wday) do { \
	CHECK_INT((tm)->tm_year + 1900LL, y); CHECK_INT((tm)->tm_mon + 1, mo); \
	CHECK_INT((tm)->tm_mday, d); CHECK_INT((tm)->tm_hour, h); \
	CHECK_INT((tm)->tm_min, mi); CHECK_INT((tm)->tm_sec, s); \
	CHECK_INT((tm)->tm_yday, yday); CHECK_INT((tm)->tm_wday, wday); } while (0)

/* gmtime_r of t, checked, and timegm of the result gives t back. */
static void check_time(time_t t, long long y, int mo, int d, int h, int mi, int s,
                       int yday, int wday)
{
	struct tm tm;

	CHECK(gmtime_r(&t, &tm) == &tm);
	CHECK_TM(&tm, y, mo, d, h, mi, s, yday, wday);
	CHECK_INT(tm.tm_isdst, 0);
	CHECK_INT(timegm(&tm), t);
}

int main(void)
{
	struct tm tm, *p;
	time_t t;

	check_time(0, 1970, 1, 1, 0, 0, 0, 0, 4);                  /* a Thursday */
	check_time(-1, 1969, 12, 31, 23, 59, 59, 364, 3);
	check_time(2147483647LL, 2038, 1, 19, 3, 14, 7, 18, 2);
	check_time(2147483648LL, 2038, 1, 19, 3, 14, 8, 18, 2);   /* 2^31 */
	check_time(253402300799LL, 9999, 12, 31, 23, 59, 59, 364, 5);
	check_time(-62135596800LL, 1, 1, 1, 0, 0, 0, 0, 1);       /* a Monday */
	check_time(1000000000000LL, 33658, 9, 27, 1, 46, 40, 269, 5);

	/* leap years: divisible by 4, except centuries, except every 400th */
	check_time(951782400LL, 2000, 2, 29, 0, 0, 0, 59, 2);
	check_time(951782400LL + 86400, 2000, 3, 1, 0, 0, 0, 60, 3);
	check_time(978220800LL, 2000, 12, 31, 0, 0, 0, 365, 0);   /* 366 days */
	check_time(-2203977600LL, 1900, 2, 28, 0, 0, 0, 58, 3);
	check_time(-2203977600LL + 86400, 1900, 3, 1, 0, 0, 0, 59, 4);
	check_time(1709164800LL, 2024, 2, 29, 0, 0, 0, 59, 4);
	check_time(1709164800LL + 86399, 2024, 2, 29, 23, 59, 59, 59, 4);
	check_time(1677542400LL, 2023, 2, 28, 0, 0, 0, 58, 2);
	check_time(1677542400LL + 86400, 2023, 3, 1, 0, 0, 0, 59, 3);

	/* proleptic Gregorian before year 1: year 0 is a leap year */
	check_time(-62167219200LL, 0, 1, 1, 0, 0, 0, 0, 6);
	check_time(-62167219200LL + 59 * 86400, 0, 2, 29, 0, 0, 0, 59, 2);
	check_time(-62198755200LL, -1, 1, 1, 0, 0, 0, 0, 5);
	check_time(-74790000000LL, -400, 1, 1, 0, 0, 0, 0, 6);

	/* the ends of tm_year's range, and one second past them */
	check_time(67768036191676799LL, INT_MAX + 1900LL, 12, 31, 23, 59, 59, 364, 3);
	check_time(-67768040609740800LL, INT_MIN + 1900LL, 1, 1, 0, 0, 0, 0, 4);
	t = 67768036191676800LL;
	errno = 0;
	CHECK(gmtime_r(&t, &tm) == 0);
	CHECK_INT(errno, EOVERFLOW);
	t = -67768040609740801LL;
	CHECK(gmtime(&t) == 0);
	t = LLONG_MAX;
	CHECK(gmtime(&t) == 0);
	t = LLONG_MIN;
	CHECK(gmtime(&t) == 0);

	/* gmtime and localtime: a static result, UTC */
	t = 86400 + 3661;
	p = gmtime(&t);
	CHECK(p != 0 && p == gmtime(&t));
	CHECK_TM(p, 1970, 1, 2, 1, 1, 1, 1, 5);
	CHECK_STR(p->tm_zone, "UTC");
	CHECK_INT(p->tm_gmtoff, 0);
	p = localtime(&t);
	CHECK(p != 0);
	CHECK_TM(p, 1970, 1, 2, 1, 1, 1, 1, 5);
	CHECK_STR(p->tm_zone, "UTC");
	CHECK(localtime_r(&t, &tm) == &tm);
	CHECK_TM(&tm, 1970, 1, 2, 1, 1, 1, 1, 5);
	CHECK_INT(tm.tm_isdst, 0);

	/* timegm and mktime carry out-of-range fields */
	tm = (struct tm){ .tm_year = 2023 - 1900, .tm_mon = 14, .tm_mday = 1 };
	CHECK_INT(timegm(&tm), 1709251200LL);                 /* 2024-03-01 */
	CHECK_TM(&tm, 2024, 3, 1, 0, 0, 0, 60, 5);
	tm = (struct tm){ .tm_year = 2024 - 1900, .tm_mon = 2, .tm_mday = 0 };
	CHECK_INT(timegm(&tm), 1709164800LL);                 /* 2024-02-29 */
	CHECK_TM(&tm, 2024, 2, 29, 0, 0, 0, 59, 4);
	tm = (struct tm){ .tm_year = 70, .tm_mon = -1, .tm_mday = 1, .tm_sec = -1 };
	CHECK_INT(timegm(&tm), -31 * 86400 - 1);              /* 1969-11-30 23:59:59 */
	CHECK_TM(&tm, 1969, 11, 30, 23, 59, 59, 333, 0);
	tm = (struct tm){ .tm_year = 100, .tm_mon = 0, .tm_mday = 1, .tm_hour = 24 * 59,
	                  .tm_isdst = 1 };
	CHECK_INT(mktime(&tm), 951782400LL);                  /* 2000-02-29 */
	CHECK_TM(&tm, 2000, 2, 29, 0, 0, 0, 59, 2);
	CHECK_INT(tm.tm_isdst, 0);
	tm = (struct tm){ .tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 1 };
	errno = 0;
	CHECK_INT(timegm(&tm), -1);
	CHECK_INT(errno, EOVERFLOW);
	tzset();
	return check_done();
}
