/* strptime: each conversion, composite formats, white space rules, the
 * fields glibc fills in afterwards (weekday, day of year), and input
 * that does not match (NULL). */
#define _GNU_SOURCE   /* strptime: for the glibc build */
#include <string.h>
#include <time.h>
#include "check.h"

#define CHECK_TM(tm, y, mo, d, h, mi, s) do { \
	CHECK_INT((tm).tm_year + 1900, y); CHECK_INT((tm).tm_mon + 1, mo); CHECK_INT((tm).tm_mday, d); \
	CHECK_INT((tm).tm_hour, h); CHECK_INT((tm).tm_min, mi); CHECK_INT((tm).tm_sec, s); } while (0)

int main(void)
{
	struct tm tm;
	char *end;
	const char *s;

	memset(&tm, 0, sizeof tm);
	s = "2024-02-29 13:45:07 rest";
	end = strptime(s, "%Y-%m-%d %H:%M:%S", &tm);
	CHECK(end == s + 19);
	CHECK_TM(tm, 2024, 2, 29, 13, 45, 7);
	CHECK_INT(tm.tm_wday, 4);      /* a Thursday */
	CHECK_INT(tm.tm_yday, 59);

	memset(&tm, 0, sizeof tm);
	s = "Thu Jan  1 00:00:00 1970";
	CHECK(strptime(s, "%c", &tm) == s + strlen(s));
	CHECK_TM(tm, 1970, 1, 1, 0, 0, 0);
	CHECK_INT(tm.tm_wday, 4);

	memset(&tm, 0, sizeof tm);
	CHECK(strptime("december 25 99", "%B %d %y", &tm) != 0);
	CHECK_TM(tm, 1999, 12, 25, 0, 0, 0);
	CHECK_INT(tm.tm_wday, 6);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("FEB 3 68", "%b %e %y", &tm) != 0);
	CHECK_INT(tm.tm_year + 1900, 2068);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("19 05", "%C %y", &tm) != 0);
	CHECK_INT(tm.tm_year + 1900, 1905);

	/* 12-hour clock */
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("12:30:00 AM", "%r", &tm) != 0);
	CHECK_INT(tm.tm_hour, 0);
	CHECK(strptime("12:30:00 pm", "%I:%M:%S %p", &tm) != 0);
	CHECK_INT(tm.tm_hour, 12);
	CHECK(strptime("7 PM", "%I %p", &tm) != 0);
	CHECK_INT(tm.tm_hour, 19);

	/* composites, %j, %s, %z, %n %t and white space */
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("01/02/03", "%D", &tm) != 0);
	CHECK_TM(tm, 2003, 1, 2, 0, 0, 0);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("2000-060", "%Y-%j", &tm) != 0);
	CHECK_INT(tm.tm_yday, 59);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("86400", "%s", &tm) != 0);
	CHECK_TM(tm, 1970, 1, 2, 0, 0, 0);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("+0530", "%z", &tm) != 0);
	CHECK_INT(tm.tm_gmtoff, 5 * 3600 + 30 * 60);
	CHECK(strptime("-08:00", "%z", &tm) != 0);
	CHECK_INT(tm.tm_gmtoff, -8 * 3600);
	memset(&tm, 0, sizeof tm);
	s = "  10 \t 20";
	CHECK(strptime(s, "%H%n%M", &tm) == s + strlen(s));
	CHECK_INT(tm.tm_hour, 10);
	CHECK_INT(tm.tm_min, 20);
	CHECK(strptime("10:20", "%R", &tm) != 0);
	CHECK(strptime("10:20:30", "%T", &tm) != 0);
	CHECK_INT(tm.tm_sec, 30);
	CHECK(strptime("Monday", "%A", &tm) != 0);
	CHECK_INT(tm.tm_wday, 1);
	CHECK(strptime("100%", "%S%%", &tm) == 0);   /* 100 seconds: no */
	CHECK(strptime("60%", "%S%%", &tm) != 0);
	CHECK(strptime("2024-12-31", "%F", &tm) != 0);
	CHECK_INT(tm.tm_yday, 365);
	CHECK(strptime("12", "%OH", &tm) != 0);      /* E and O ignored */
	CHECK(strptime("1999", "%EY", &tm) != 0);
	CHECK(strptime("99", "%Ey", &tm) == 0);
	CHECK(strptime("5", "%Ou", &tm) == 0);
	CHECK(strptime("12", "%EH", &tm) == 0);      /* ... where they can be */

	/* no match */
	CHECK(strptime("2024-13-01", "%Y-%m-%d", &tm) == 0);
	CHECK(strptime("24:00", "%H:%M", &tm) == 0);
	CHECK(strptime("Foo", "%a", &tm) == 0);
	CHECK(strptime("12x", "%H:", &tm) == 0);
	CHECK(strptime("", "%d", &tm) == 0);
	CHECK(strptime("12", "%d%d", &tm) == 0);
	CHECK(strptime("0", "%d", &tm) == 0);
	CHECK(strptime("x", "%Q", &tm) == 0);
	return check_done();
}
