/* gmtime/localtime and their inverses timegm/mktime: the epoch, the second
 * before it, 2^31, the first and last days of years 1 and 9999, leap
 * years (2000 yes, 1900 no, 2024 yes), years 0 and before, the ends of
 * tm_year's range, and out-of-range fields carried by timegm. */
#include <errno.h>
#include <limits.h>
#include <time.h>
#include "check.h"

/* gmtime's tm_zone: taskrt and glibc say "GMT", musl "UTC". */
#if defined(TASKRT) || defined(__GLIBC__)
#define UTC_NAME "GMT"
#else
#define UTC_NAME "UTC"
#endif

#define ALL "%a %A %b %B %C %d %e %H %I %j %m %M %p %S %u %U %w %W %y %Y %z %Z %%"
#define COMPOSITE "%c | %D %F %r %R %T %x %X %s %h %n%t|"

/* strftime of gmtime(t) with format f. */
static const char *format(time_t t, const char *f)
{
	static char buf[256];
	struct tm tm;

	gmtime_r(&t, &tm);
	return strftime(buf, sizeof buf, f, &tm) ? buf : "(0)";
}

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
	/* (an array, not a literal: the compiler would reject the format) */
	static char odd[] = "%z %Z %q %";
	char name[32];
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
	CHECK_STR(p->tm_zone, UTC_NAME);
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
	/* (a tm_isdst of 1 in a zone without DST: glibc takes an hour off) */
	TASKRT_ONLY(CHECK_INT(mktime(&tm), 951782400LL));     /* 2000-02-29 */
	TASKRT_ONLY(CHECK_TM(&tm, 2000, 2, 29, 0, 0, 0, 59, 2));
	TASKRT_ONLY(CHECK_INT(tm.tm_isdst, 0));
	/* mktime's struct is local time, as localtime's: zone "UTC", not
	 * gmtime's "GMT" (found by test/fuzz against glibc with TZ=UTC) */
	TASKRT_ONLY(CHECK_STR(tm.tm_zone, "UTC"));
	tm = (struct tm){ .tm_year = 70, .tm_mday = 1, .tm_zone = "GMT" };
	TASKRT_ONLY(CHECK_INT(mktime(&tm), 0));
	TASKRT_ONLY(CHECK_STR(tm.tm_zone, "UTC"));
	tm = (struct tm){ .tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 7, .tm_zone = "x" };
	errno = 0;
	CHECK_INT(mktime(&tm), -1);
	CHECK_INT(errno, EOVERFLOW);
	CHECK_INT(tm.tm_mday, 7);               /* left as it was */
	tm = (struct tm){ .tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 1 };
	errno = 0;
	CHECK_INT(timegm(&tm), -1);
	CHECK_INT(errno, EOVERFLOW);
	tzset();

	/* strftime: each conversion (the expected strings are glibc's, in
	 * the C locale) */
	CHECK_STR(format(0, ALL), "Thu Thursday Jan January 19 01  1 00 12 001 01 00 AM 00 4 00 4 00 "
	          "70 1970 +0000 " UTC_NAME " %");
	CHECK_STR(format(0, COMPOSITE), "Thu Jan  1 00:00:00 1970 | 01/01/70 1970-01-01 12:00:00 AM "
	          "00:00 00:00:00 01/01/70 00:00:00 0 Jan \n\t|");
	CHECK_STR(format(1709211909LL, ALL), "Thu Thursday Feb February 20 29 29 13 01 060 02 05 PM "
	          "09 4 08 4 09 24 2024 +0000 " UTC_NAME " %");
	CHECK_STR(format(1709211909LL, COMPOSITE), "Thu Feb 29 13:05:09 2024 | 02/29/24 2024-02-29 "
	          "01:05:09 PM 13:05 13:05:09 02/29/24 13:05:09 1709211909 Feb \n\t|");
	CHECK_STR(format(253402300799LL, ALL), "Fri Friday Dec December 99 31 31 23 11 365 12 59 PM "
	          "59 5 52 5 52 99 9999 +0000 " UTC_NAME " %");
	CHECK_STR(format(978220800LL, ALL), "Sun Sunday Dec December 20 31 31 00 12 366 12 00 AM 00 "
	          "7 53 0 52 00 2000 +0000 " UTC_NAME " %");
	/* year 1: glibc's %C has no padding, unless a width asks for it */
	CHECK_STR(format(-62135596800LL, "%C %y %Y %F %s|%4C"), "0 01 1 1-01-01 -62135596800|0000");
	/* year -1: %C rounds down, so that century * 100 + %y is the year */
	CHECK_STR(format(-62198755200LL, "%C %y %Y %G %g"), "-1 99 -1 -2 98");
	tm = (struct tm){ .tm_gmtoff = -(5 * 3600 + 30 * 60), .tm_zone = "XST" };
	CHECK_INT(strftime(name, sizeof name, odd, &tm), 14);
	CHECK_STR(name, "-0530 XST %q %");
	tm.tm_gmtoff = 3600;
	CHECK_INT(strftime(name, 6, "%z", &tm), 5);
	CHECK_STR(name, "+0100");
	CHECK_INT(strftime(name, 5, "%z", &tm), 0);       /* no room for the NUL */
	CHECK_INT(strftime(name, 10, "%c", &tm), 0);
	CHECK_INT(strftime(name, sizeof name, odd + sizeof odd - 1, &tm), 0);   /* "" */
	CHECK_STR(name, "");
	return check_done();
}
