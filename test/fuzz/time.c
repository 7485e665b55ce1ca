/* Time: gmtime_r of a random time_t (near 0, near 2^31, far years, past
 * the int year), timegm and mktime (the runner sets TZ=UTC: taskrt has no
 * zones) of a struct tm with fields in and out of their ranges, and
 * strftime of every conversion, with glibc's flags (_ - 0 ^ #), widths and
 * the E and O modifiers, into a buffer of a random size. */
#include <errno.h>
#include <string.h>
#include <time.h>
#include "values.h"

static void rec_tm(const struct tm *tm)
{
	const int f[] = { tm->tm_year, tm->tm_mon, tm->tm_mday, tm->tm_hour, tm->tm_min,
			  tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst };

	for (unsigned i = 0; i < sizeof f / sizeof *f; i++) {
		rec_sep();
		rec_int(f[i]);
	}
	rec_sep();
	rec_int(tm->tm_gmtoff);
	rec_sep();
	rec_str(tm->tm_zone);
}

static time_t gen_time(void)
{
	time_t t;

	switch (below(6)) {
	case 0: return (time_t)(int32_t)(uint32_t)rnd();
	case 1: return (time_t)(rnd() % 4000000000000ull) - 2000000000000ll;   /* +- 63000 years */
	case 2: return (time_t)gen_int();
	case 3:         /* (one draw per statement: see fuzz.h) */
		t = (time_t)((int64_t)below(2000000) - 1000000) * 86400;
		return t + (time_t)below(86400);
	case 4: return (time_t)(rnd() % 200000000000000000ull) - 100000000000000000ll;
	default: return (time_t)((int64_t)below(100000) - 50000);
	}
}

static int gen_field(int lo, int hi)
{
	switch (below(8)) {
	case 0: return (int)(uint32_t)rnd();
	case 1: return (int)below(2000) - 1000;
	case 2: return lo - 1 - (int)below(3);
	case 3: return hi + 1 + (int)below(3);
	default: return lo + (int)below((unsigned)(hi - lo + 1));
	}
}

static void gen_tm(struct tm *tm)
{
	memset(tm, 0, sizeof *tm);
	tm->tm_year = chance(70) ? (int)below(300) - 100 : gen_field(-2000, 10000);
	tm->tm_mon = chance(80) ? (int)below(12) : gen_field(0, 11);
	tm->tm_mday = chance(80) ? 1 + (int)below(31) : gen_field(1, 31);
	tm->tm_hour = chance(80) ? (int)below(24) : gen_field(0, 23);
	tm->tm_min = chance(80) ? (int)below(60) : gen_field(0, 59);
	tm->tm_sec = chance(80) ? (int)below(61) : gen_field(0, 60);
	tm->tm_wday = (int)below(7);
	tm->tm_yday = (int)below(366);
	tm->tm_isdst = chance(80) ? 0 : (int)below(3) - 1;
}

static void fuzz_gmtime(void)
{
	time_t t = gen_time();
	struct tm tm, *r;

	memset(&tm, 0xaa, sizeof tm);
	rec_mem("gmtime ", 7);
	rec_int((long long)t);
	errno = 0;
	r = gmtime_r(&t, &tm);
	rec_mem(" ->", 3);
	if (!r) {
		rec_mem(" NULL e", 7);
		rec_int(errno);
		return;
	}
	rec_tm(&tm);
}

static void fuzz_timegm(int local)
{
	struct tm tm;
	time_t t;

	gen_tm(&tm);
	/* glibc's mktime takes an hour off for a tm_isdst > 0 even in UTC,
	 * which has no daylight saving time; taskrt ignores it (docs/fuzz.md) */
	if (local && tm.tm_isdst > 0)
		tm.tm_isdst = -1;
	rec_mem(local ? "mktime" : "timegm", 6);
	rec_tm(&tm);
	errno = 0;
	t = local ? mktime(&tm) : timegm(&tm);
	rec_mem(" -> ", 4);
	rec_int((long long)t);
	if (t == (time_t)-1) {
		rec_mem(" e", 2);
		rec_int(errno);
		return;         /* the struct is unspecified after a failure */
	}
	rec_tm(&tm);
}

static void fuzz_strftime(void)
{
	static const char convs[] = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%+";
	static const char flags[] = "_-0^#";
	static const char *const text[] = { "", " ", "x", "%%", ":", "\n" };
	char f[200], buf[300], *p = f;
	struct tm tm;
	time_t t = gen_time();
	size_t size, n;
	char c;

	if (!chance(80) || !gmtime_r(&t, &tm)) {
		/* a date from fields in and out of range, made consistent
		 * (C leaves the text of fields out of range, or that do not
		 * agree, unspecified: glibc's %I of hour -3 is "-3"), then a
		 * zone name and an offset of its own for %Z and %z */
		gen_tm(&tm);
		tm.tm_isdst = 0;
		if (timegm(&tm) == -1)
			tm = (struct tm){ .tm_year = 70, .tm_mday = 1, .tm_wday = 4 };
		tm.tm_isdst = chance(80) ? 0 : -1;
		tm.tm_gmtoff = chance(50) ? 0 : (long)below(200000) - 100000;
		tm.tm_zone = chance(50) ? "GMT" : chance(50) ? "CET" : NULL;
	}
	for (unsigned d = 1 + below(5); d; d--) {
		p = stpcpy(p, text[below(sizeof text / sizeof *text)]);
		*p++ = '%';
		char *directive = p;

		if (chance(20))
			*p++ = flags[below(sizeof flags - 1)];
		if (chance(15))
			p = utoa(p, below(20));
		c = convs[below(sizeof convs - 1)];
		if (c == 's' && sizeof(long) < 8 && (tm.tm_year < 2 || tm.tm_year > 137))
			/* i386's glibc computes %s in a 32-bit time_t, even
			 * built with _TIME_BITS=64: -1 outside 1902..2037, where
			 * taskrt's 64-bit time_t has the answer (docs/fuzz.md) */
			c = 'Y';
		if (c == 's' && directive[0] == '0')
			/* glibc puts a negative %s's zeros before its sign
			 * ("%08s" of -35 is "00000-35"): not the 0 flag */
			*directive = '_';
		if (c == 'z') {
			/* glibc 2.36 pads %z twice ("%8z" is 16 bytes): plain */
			p = stpcpy(directive - 1, "%z");
			continue;
		}
		/* only the combinations C and POSIX define: glibc prints
		 * others ("%OY") as written, taskrt ignores the E or O */
		if (chance(8) && strchr("cCxXyY", c))
			*p++ = 'E';
		else if (chance(8) && strchr("deHImMSuUVwWy", c))
			*p++ = 'O';
		*p++ = c;
	}
	*p = 0;
	size = chance(80) ? sizeof buf : below(40);
	rec_mem("strftime ", 9);
	rec_str(f);
	rec_tm(&tm);
	memset(buf, 0x55, sizeof buf);
	n = strftime(buf, size, f, &tm);
	rec_mem(" size ", 6);
	rec_uint(size);
	rec_mem(" -> ", 4);
	rec_uint(n);
	rec_sep();
	/* after 0 the contents are unspecified */
	if (n)
		rec_mem(buf, n + 1);
}

void fuzz_time(void)
{
	switch (below(8)) {
	case 0: case 1: fuzz_gmtime(); break;
	case 2: case 3: fuzz_timegm(0); break;
	case 4: fuzz_timegm(1); break;
	default: fuzz_strftime(); break;
	}
}
