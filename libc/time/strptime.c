/* strptime: text to a struct tm, the inverse of strftime in the C
 * locale, with glibc's rules:
 *   - white space in the format matches any amount (none too) of input
 *     white space, as %n and %t do; numbers may follow blanks;
 *   - a number takes at most its field's digits and must be in range
 *     (%S allows 61, %y 69-99 is 19xx and 00-68 20xx, %C joins %y);
 *   - names are matched in full or abbreviated, in any case;
 *   - E and O are ignored where glibc allows them (E before c C x X Y,
 *     O before the numbers), and fail elsewhere; %Z consumes nothing;
 *   - at the end, a known year, month and day fill in tm_wday and
 *     tm_yday, and a year and %j fill in the month and day.
 * Returns where the input parse stopped, or NULL if it did not match. */
#include <string.h>
#include <time.h>
#include "internal/defs.h"

static const char *const day_names[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December" };

struct parse {
	int have_year, have_mon, have_mday, have_yday, have_wday;
	int century, have_century, year2, have_year2, pm, have_pm, hour12;
};

static int space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* A number of at most `digits` digits in [lo, hi], after blanks; an
 * optional sign where lo is negative (for %Y, %s). */
static const char *number(const char *s, int digits, long long lo, long long hi, long long *out)
{
	long long v = 0;
	int neg = 0, n = 0;

	while (space(*s))
		s++;
	if (lo < 0 && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	for (; n < digits && *s >= '0' && *s <= '9'; n++, s++)
		v = v * 10 + (*s - '0');
	if (!n)
		return 0;
	if (neg)
		v = -v;
	if (v < lo || v > hi)
		return 0;
	*out = v;
	return s;
}

/* The first n bytes of s and name equal, ASCII case ignored (name is
 * letters only). */
static int same(const char *s, const char *name, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) != (name[i] | 0x20))
			return 0;
	return 1;
}

/* One of the names, full or its first three letters, case ignored. */
static const char *name(const char *s, const char *const *names, int count, int *out)
{
	for (int i = 0; i < count; i++) {
		size_t n = strlen(names[i]);
		if (same(s, names[i], n)) {
			*out = i;
			return s + n;
		}
	}
	for (int i = 0; i < count; i++)
		if (same(s, names[i], 3)) {
			*out = i;
			return s + 3;
		}
	return 0;
}

static int leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* Days of the year before each month (and after the last), in common
 * and leap years. */
static const short before_month[2][13] = {
	{ 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 },
	{ 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 },
};

static const char *parse(const char *s, const char *f, struct tm *tm, struct parse *p)
{
	long long v;
	int i;

	for (; *f; f++) {
		if (space(*f)) {
			while (space(*s))
				s++;
			continue;
		}
		if (*f != '%') {
			if (*s++ != *f)
				return 0;
			continue;
		}
		f++;
		/* E and O only where glibc takes them */
		if (*f == 'E' && !(f[1] && strchr("cCxXY", f[1])))
			return 0;
		if (*f == 'O' && !(f[1] && strchr("deHImMSUVwWy", f[1])))
			return 0;
		if (*f == 'E' || *f == 'O')
			f++;
		switch (*f) {
		case '%':
			if (*s++ != '%')
				return 0;
			break;
		case 'n': case 't':
			while (space(*s))
				s++;
			break;
		case 'a': case 'A':
			while (space(*s))
				s++;
			if (!(s = name(s, day_names, 7, &i)))
				return 0;
			tm->tm_wday = i;
			p->have_wday = 1;
			break;
		case 'b': case 'B': case 'h':
			while (space(*s))
				s++;
			if (!(s = name(s, month_names, 12, &i)))
				return 0;
			tm->tm_mon = i;
			p->have_mon = 1;
			break;
		case 'c': s = parse(s, "%a %b %e %H:%M:%S %Y", tm, p); break;
		case 'D': case 'x': s = parse(s, "%m/%d/%y", tm, p); break;
		case 'F': s = parse(s, "%Y-%m-%d", tm, p); break;
		case 'r': s = parse(s, "%I:%M:%S %p", tm, p); break;
		case 'R': s = parse(s, "%H:%M", tm, p); break;
		case 'T': case 'X': s = parse(s, "%H:%M:%S", tm, p); break;
		case 'C':
			if ((s = number(s, 2, 0, 99, &v))) {
				p->century = v;
				p->have_century = 1;
			}
			break;
		case 'd': case 'e':
			if ((s = number(s, 2, 1, 31, &v))) {
				tm->tm_mday = v;
				p->have_mday = 1;
			}
			break;
		case 'H': case 'k':
			if ((s = number(s, 2, 0, 23, &v))) {
				tm->tm_hour = v;
				p->hour12 = 0;
			}
			break;
		case 'I': case 'l':
			if ((s = number(s, 2, 1, 12, &v))) {
				tm->tm_hour = v % 12;
				p->hour12 = 1;
			}
			break;
		case 'j':
			if ((s = number(s, 3, 1, 366, &v))) {
				tm->tm_yday = v - 1;
				p->have_yday = 1;
			}
			break;
		case 'm':
			if ((s = number(s, 2, 1, 12, &v))) {
				tm->tm_mon = v - 1;
				p->have_mon = 1;
			}
			break;
		case 'M':
			if ((s = number(s, 2, 0, 59, &v)))
				tm->tm_min = v;
			break;
		case 'p': case 'P':
			while (space(*s))
				s++;
			if (same(s, "AM", 2))
				p->pm = 0;
			else if (same(s, "PM", 2))
				p->pm = 1;
			else
				return 0;
			p->have_pm = 1;
			s += 2;
			break;
		case 'S':
			if ((s = number(s, 2, 0, 61, &v)))
				tm->tm_sec = v;
			break;
		case 's':
			if ((s = number(s, 19, -0x7fffffffffffffffLL, 0x7fffffffffffffffLL, &v))) {
				time_t t = v;
				if (!__gmtime_r(&t, tm))   /* local time is UTC */
					return 0;
			}
			break;
		case 'u':
			if ((s = number(s, 1, 1, 7, &v))) {
				tm->tm_wday = v % 7;
				p->have_wday = 1;
			}
			break;
		case 'w':
			if ((s = number(s, 1, 0, 6, &v))) {
				tm->tm_wday = v;
				p->have_wday = 1;
			}
			break;
		case 'U': case 'W': case 'V':
			s = number(s, 2, 0, 53, &v);    /* read, but not used */
			break;
		case 'g':
			s = number(s, 2, 0, 99, &v);
			break;
		case 'G':
			s = number(s, 4, 0, 9999, &v);
			break;
		case 'y':
			if ((s = number(s, 2, 0, 99, &v))) {
				p->year2 = v;
				p->have_year2 = 1;
			}
			break;
		case 'Y':
			if ((s = number(s, 4, -9999, 9999, &v))) {
				tm->tm_year = v - 1900;
				p->have_year = 1;
				p->have_year2 = p->have_century = 0;
			}
			break;
		case 'z': {
			int sign, hh, mm = 0;
			while (space(*s))
				s++;
			if (*s == 'Z') {
				tm->tm_gmtoff = 0;
				s++;
				break;
			}
			if (*s != '+' && *s != '-')
				return 0;
			sign = *s++ == '-' ? -1 : 1;
			if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
				return 0;
			hh = (s[0] - '0') * 10 + (s[1] - '0');
			s += 2;
			if (*s == ':')
				s++;
			if (s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9') {
				mm = (s[0] - '0') * 10 + (s[1] - '0');
				s += 2;
			}
			if (hh > 12 || mm > 59)
				return 0;
			tm->tm_gmtoff = sign * (hh * 3600 + mm * 60);
			break;
		}
		case 'Z':
			break;
		default:
			return 0;
		}
		if (!s)
			return 0;
	}
	return s;
}

weak char *strptime(const char *restrict s, const char *restrict format, struct tm *restrict tm)
{
	struct parse p = { 0 };
	long long year;

	s = parse(s, format, tm, &p);
	if (!s)
		return 0;
	if (p.have_pm && p.hour12)
		tm->tm_hour = tm->tm_hour % 12 + 12 * p.pm;
	if (p.have_year2) {
		year = p.have_century ? p.century * 100 + p.year2 : p.year2 < 69 ? 2000 + p.year2 : 1900 + p.year2;
		tm->tm_year = year - 1900;
		p.have_year = 1;
	} else if (p.have_century && !p.have_year) {
		tm->tm_year = p.century * 100 - 1900;
		p.have_year = 1;
	}
	year = tm->tm_year + 1900LL;
	if (p.have_year && p.have_yday && !(p.have_mon && p.have_mday)) {
		/* the month and day of the year's day */
		int l = leap(year), m = 0;
		while (m < 11 && tm->tm_yday >= before_month[l][m + 1])
			m++;
		tm->tm_mon = m;
		tm->tm_mday = tm->tm_yday - before_month[l][m] + 1;
		p.have_mon = p.have_mday = 1;
	}
	if (p.have_year && p.have_mon && p.have_mday) {
		/* timegm normalises a copy, weekday and day of year included */
		struct tm copy = *tm;
		copy.tm_hour = copy.tm_min = copy.tm_sec = 0;
		__timegm(&copy);
		tm->tm_wday = copy.tm_wday;
		tm->tm_yday = copy.tm_yday;
	}
	return (char *)s;
}
