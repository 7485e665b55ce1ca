/* asctime and ctime: "Thu Jan  1 00:00:00 1970\n", the C standard's
 * format.  A weekday or month out of range prints as "???" (glibc's
 * answer); the _r forms write the caller's buffer, which POSIX says
 * holds 26 bytes, so a year of more than four digits is EOVERFLOW
 * there, while the static buffer has room for any int year. */
#include <errno.h>
#include <stdio.h>
#include <time.h>
#include "internal/defs.h"

static const char days[] = "SunMonTueWedThuFriSat";
static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

static char *format(const struct tm *tm, char *buf, size_t size)
{
	const char *d = (unsigned)tm->tm_wday < 7 ? days + 3 * tm->tm_wday : "???";
	const char *m = (unsigned)tm->tm_mon < 12 ? months + 3 * tm->tm_mon : "???";
	int n = snprintf(buf, size, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld\n", d, m, tm->tm_mday,
	                 tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900LL);

	if (n < 0 || (size_t)n >= size) {
		errno = EOVERFLOW;
		return 0;
	}
	return buf;
}

char *asctime(const struct tm *tm)
{
	static char buf[64];
	return format(tm, buf, sizeof buf);
}

weak char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	return format(tm, buf, 26);
}

/* C defines ctime as asctime(localtime(t)), static results and all. */
char *ctime(const time_t *t)
{
	struct tm *tm = localtime(t);
	return tm ? asctime(tm) : 0;
}

/* Local time is UTC (libc/time/localtime.c), so gmtime_r is localtime_r
 * here, without touching localtime's static result. */
weak char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;
	return __gmtime_r(t, &tm) ? format(&tm, buf, 26) : 0;
}
