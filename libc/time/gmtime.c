/* gmtime and timegm: seconds since 1970-01-01 00:00:00 UTC <-> calendar.
 *
 * No table of years: a day number converts to a date with a few integer
 * operations, because the Gregorian calendar repeats every 400 years
 * (146097 days, exactly 20871 weeks).  Two tricks make it short:
 *
 *   - Count years from March 1st.  The leap day is then the last day of
 *     the year, and the months March..January have lengths 31 30 31 30 31
 *     31 30 31 30 31 31 (29/28): day-of-year -> month is (5 * d + 2) / 153.
 *   - Count in "eras" of 400 years from 0000-03-01, so that every division
 *     is of a non-negative number (C rounds negatives towards 0).
 *
 * time_t is 64-bit: any second whose year fits tm_year (an int) works,
 * before 1970 too; others are EOVERFLOW.
 */
#include <errno.h>
#include <limits.h>
#include <time.h>
#include "internal/defs.h"

#define DAYS_PER_ERA 146097             /* 400 years */
#define DAYS_0000_03_01_TO_1970 719468

/* The day number (0 = 1970-01-01) of year-month-day; month 1..12. */
static long long days_from_civil(long long year, int month, int day)
{
	long long era;
	int year_of_era, day_of_year, day_of_era;

	year -= month <= 2;                 /* January, February: last year's */
	era = (year >= 0 ? year : year - 399) / 400;
	year_of_era = year - era * 400;                              /* 0..399 */
	day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	return era * DAYS_PER_ERA + day_of_era - DAYS_0000_03_01_TO_1970;
}

struct tm *__gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long long days = *t / 86400, secs = *t % 86400, era, year;
	int day_of_era, year_of_era, day_of_year, mp, month;

	if (secs < 0) {                     /* round towards minus infinity */
		secs += 86400;
		days--;
	}
	/* |days| < 2^47: the arithmetic below cannot overflow. */
	if (days > 1LL << 47 || days < -(1LL << 47)) {
		errno = EOVERFLOW;
		return 0;
	}
	days += DAYS_0000_03_01_TO_1970;
	era = (days >= 0 ? days : days - (DAYS_PER_ERA - 1)) / DAYS_PER_ERA;
	day_of_era = days - era * DAYS_PER_ERA;                  /* 0..146096 */
	/* Remove the leap days (one per 4 years, none per 100, one per 400;
	 * the era's last day is the 400th year's leap day). */
	year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524
	               - day_of_era / 146096) / 365;                   /* 0..399 */
	day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	mp = (5 * day_of_year + 2) / 153;                  /* 0 = March */
	month = mp < 10 ? mp + 3 : mp - 9;                 /* 1..12 */
	year = era * 400 + year_of_era + (month <= 2);
	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return 0;
	}

	tm->tm_year = year - 1900;
	tm->tm_mon = month - 1;
	tm->tm_mday = day_of_year - (153 * mp + 2) / 5 + 1;
	tm->tm_yday = days - DAYS_0000_03_01_TO_1970 - days_from_civil(year, 1, 1);
	tm->tm_wday = (days - DAYS_0000_03_01_TO_1970 + 4) % 7;   /* 1970-01-01: Thursday */
	if (tm->tm_wday < 0)
		tm->tm_wday += 7;
	tm->tm_hour = secs / 3600;
	tm->tm_min = secs / 60 % 60;
	tm->tm_sec = secs % 60;
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";   /* glibc's name for gmtime's zone */
	return tm;
}
weak_alias(__gmtime_r, gmtime_r);

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return __gmtime_r(t, &tm);
}

/* The inverse: fields may be out of range (tm_mon 13, tm_mday 0, negative
 * seconds...) and carry into the next field up; *tm is rewritten with the
 * normalised date.  No int field can overflow 64-bit seconds. */
time_t __timegm(struct tm *tm)
{
	long long month = tm->tm_mon, year = tm->tm_year + 1900LL + month / 12;
	time_t t;

	month %= 12;
	if (month < 0) {
		month += 12;
		year--;
	}
	t = (days_from_civil(year, month + 1, 1) + tm->tm_mday - 1) * 86400
	    + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
	if (!__gmtime_r(&t, tm))
		return -1;
	return t;
}
weak_alias(__timegm, timegm);
