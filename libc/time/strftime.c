/* strftime: a struct tm as text, in the C locale, with glibc's flags.
 *
 *   %[flag][width][E|O]conversion
 *
 * flag   _ pad with spaces   - no padding (spaces to a width, as glibc)
 *        0 pad with zeros
 *        ^ upper case        # swap case (names up, %p and %Z down)
 * width  the least field width (numbers pad with their pad character,
 *        text with spaces, or zeros under the 0 flag)
 * E, O   the alternative era and digits, which the C locale does not
 *        have: accepted and ignored, as glibc does there.
 *
 * Each conversion makes one short string in buf, or names a constant
 * string, or (the composite ones: %c %D %F %r %R %T %x %X) a shorter
 * format that strftime formats into a buffer of its own.  Then the flags
 * and width are applied in one place.  Returns the length without the
 * NUL, or 0 (and the contents undefined) if it did not fit in max bytes.
 * A sequence it does not know is copied as it stands, as glibc copies
 * it. */
#include <string.h>
#include <time.h>
#include "internal/defs.h"

static const char days[] = "SunMonTueWedThuFriSat";
static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
static const char *const day_names[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December" };

/* The weekday of 1 January of year y, Monday 0 ... Sunday 6.  1 January
 * of year 1 was a Monday, and 400 Gregorian years are a whole number of
 * weeks (146097 days), so the years before y count modulo 400. */
static int jan1_monday0(long long y)
{
	long long q = ((y - 1) % 400 + 400) % 400;

	return (int)((365 * q + q / 4 - q / 100) % 7);
}

static int is_leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* ISO 8601: weeks start on Monday and week 1 holds the year's first
 * Thursday.  The week number, and (in *iso_year) the year it belongs
 * to, which differs from the calendar year for a few days each end. */
static int iso_week(long long year, int yday, int wday, long long *iso_year)
{
	int monday0 = (wday + 6) % 7;
	int week = (yday - monday0 + 10) / 7;   /* (ordinal - ISO weekday + 10) / 7 */

	*iso_year = year;
	if (week < 1) {
		/* the last week of the year before: 53 if that year began on
		 * a Thursday, or on a Wednesday and was a leap year */
		int j = jan1_monday0(year - 1);
		*iso_year = year - 1;
		return j == 3 || (j == 2 && is_leap(year - 1)) ? 53 : 52;
	}
	if (week == 53) {
		int j = jan1_monday0(year);
		if (!(j == 3 || (j == 2 && is_leap(year)))) {
			*iso_year = year + 1;
			return 1;
		}
	}
	return week;
}

/* v in decimal, at least `digits` characters (sign included) padded
 * with pad (0: none), ending at end. */
static char *number(char *end, long long v, int digits, char pad)
{
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	char *p = end;

	*p = 0;
	do *--p = '0' + u % 10; while (u /= 10);
	/* the digit count includes the sign, as glibc counts it */
	while (end - p < digits - (v < 0) && pad)
		*--p = pad;
	if (v < 0) {
		if (pad == ' ')   /* "  -5": the sign next to the digits */
			while (*p == ' ')
				p++;
		*--p = '-';
		while (pad == ' ' && end - p < digits)
			*--p = ' ';
	}
	return p;
}

size_t strftime(char *restrict s, size_t max, const char *restrict f, const struct tm *restrict tm)
{
	long long year = tm->tm_year + 1900LL, iso_year;
	unsigned wday = (unsigned)tm->tm_wday % 7, mon = (unsigned)tm->tm_mon % 12;
	size_t n = 0;

	for (; *f; f++) {
		char buf[128], *end = buf + 40, flag = 0, pad, fill_char, upper = 0, lower = 0;
		const char *str = buf, *sub = 0, *start = f;
		long long num = 0;
		int width = -1, digits = 0, is_num = 0;
		size_t len;
		struct tm copy;

		if (*f != '%' || !f[1]) {
			if (n + 1 >= max)
				return 0;
			s[n++] = *f;
			continue;
		}
		while (f[1] == '_' || f[1] == '-' || f[1] == '0' || f[1] == '^' || f[1] == '#') {
			f++;
			if (*f == '^')
				upper = 1;
			else if (*f == '#')
				lower = 2;   /* swap: decided per conversion below */
			else
				flag = *f;
		}
		if (f[1] >= '1' && f[1] <= '9')
			for (width = 0; f[1] >= '0' && f[1] <= '9'; f++)
				width = width < 1000 ? width * 10 + (f[1] - '0') : width;
		if (f[1] == 'E' || f[1] == 'O')
			f++;
		pad = '0';
		switch (*++f) {
		case 'a': memcpy(buf, days + 3 * wday, 3); buf[3] = 0; upper |= lower; break;
		case 'A': str = day_names[wday]; upper |= lower; break;
		case 'b': case 'h': memcpy(buf, months + 3 * mon, 3); buf[3] = 0; upper |= lower; break;
		case 'B': str = month_names[mon]; upper |= lower; break;
		case 'C': is_num = 1; digits = 1;   /* glibc: year 1 is "0" */
		           num = (year - (year % 100 + 100) % 100) / 100; break;
		case 'd': is_num = 1; digits = 2; num = tm->tm_mday; break;
		case 'e': is_num = 1; digits = 2; num = tm->tm_mday; pad = ' '; break;
		case 'G': is_num = 1; digits = 1; iso_week(year, tm->tm_yday, wday, &iso_year); num = iso_year; break;
		case 'g': is_num = 1; digits = 2; iso_week(year, tm->tm_yday, wday, &iso_year);
		          num = (iso_year % 100 + 100) % 100; break;
		case 'H': is_num = 1; digits = 2; num = tm->tm_hour; break;
		case 'I': is_num = 1; digits = 2; num = (tm->tm_hour + 11) % 12 + 1; break;
		case 'j': is_num = 1; digits = 3; num = tm->tm_yday + 1; break;
		case 'k': is_num = 1; digits = 2; num = tm->tm_hour; pad = ' '; break;
		case 'l': is_num = 1; digits = 2; num = (tm->tm_hour + 11) % 12 + 1; pad = ' '; break;
		case 'm': is_num = 1; digits = 2; num = tm->tm_mon + 1; break;
		case 'M': is_num = 1; digits = 2; num = tm->tm_min; break;
		case 'n': str = "\n"; break;
		case 'p': str = tm->tm_hour < 12 ? "AM" : "PM"; if (lower) { upper = 0; lower = 1; } break;
		case 'P': str = tm->tm_hour < 12 ? "am" : "pm"; break;
		case 'S': is_num = 1; digits = 2; num = tm->tm_sec; break;
		case 's': is_num = 1; digits = 1; copy = *tm; num = mktime(&copy); pad = ' '; break;
		case 't': str = "\t"; break;
		case 'u': is_num = 1; digits = 1; num = wday ? wday : 7; break;
		case 'U': is_num = 1; digits = 2; num = (tm->tm_yday + 7 - wday) / 7; break;
		case 'V': is_num = 1; digits = 2; num = iso_week(year, tm->tm_yday, wday, &iso_year); break;
		case 'w': is_num = 1; digits = 1; num = wday; break;
		case 'W': is_num = 1; digits = 2; num = (tm->tm_yday + 7 - (wday + 6) % 7) / 7; break;
		case 'y': is_num = 1; digits = 2; num = (year % 100 + 100) % 100; break;
		case 'Y': is_num = 1; digits = 1; num = year; break;
		case 'z': {     /* +hhmm east of UTC, -hhmm west; nothing if
				 * tm_isdst < 0 says the zone is not known */
			long off = tm->tm_gmtoff < 0 ? -tm->tm_gmtoff : tm->tm_gmtoff;
			char *p = number(end, off / 3600 * 100 + off / 60 % 60, 4, '0');
			*--p = tm->tm_gmtoff < 0 ? '-' : '+';
			str = tm->tm_isdst < 0 ? "" : p;
			break;
		}
		case 'Z': str = tm->tm_zone ? tm->tm_zone : tm->tm_isdst < 0 ? "" : "UTC"; if (lower) { upper = 0; lower = 1; } break;
		case '%': str = "%"; break;
		case 'c': sub = "%a %b %e %H:%M:%S %Y"; break;
		case 'D': case 'x': sub = "%m/%d/%y"; break;
		case 'F': sub = "%Y-%m-%d"; break;
		case 'r': sub = "%I:%M:%S %p"; break;
		case 'R': sub = "%H:%M"; break;
		case 'T': case 'X': sub = "%H:%M:%S"; break;
		default:  /* unknown (or the format's end): as it stands */
			if (!*f)
				f--;
			len = (size_t)(f - start + 1) < sizeof buf ? (size_t)(f - start + 1) : sizeof buf - 1;
			memcpy(buf, start, len);
			buf[len] = 0;
			upper = lower = 0;
			break;
		}
		fill_char = flag == '0' ? '0' : ' ';   /* text */
		if (is_num) {
			/* the flag's pad, else the conversion's; a width wider
			 * than the digits pads with that character too */
			fill_char = flag == '-' ? 0 : flag == '_' ? ' ' : flag == '0' ? '0' : pad;
			str = number(end, num, digits, fill_char);
			if (!fill_char)
				fill_char = ' ';        /* "%-5d": no zeros, but the width */
		} else if (sub) {
			len = strftime(buf, sizeof buf, sub, tm);
			if (!len && *sub)
				return 0;
			str = buf;
		}
		len = strlen(str);
		size_t fill = width > 0 && (size_t)width > len ? width - len : 0;
		if (n + fill + len >= max)
			return 0;
		if (is_num && fill_char == '0' && *str == '-') {
			/* zeros go between a number's sign and its digits; a
			 * composite (%F of year -5) is text, padded before */
			s[n++] = '-';
			str++;
			len--;
		}
		memset(s + n, fill_char, fill);
		n += fill;
		for (size_t i = 0; i < len; i++) {
			char c = str[i];
			if (upper && c >= 'a' && c <= 'z')
				c -= 32;
			else if (lower == 1 && c >= 'A' && c <= 'Z')
				c += 32;
			s[n++] = c;
		}
	}
	if (max)
		s[n] = 0;
	return n;
}
