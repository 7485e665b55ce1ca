/* strftime: a struct tm as text, in the C locale.
 *
 * Every conversion POSIX lists except the ISO 8601 week ones (%G %g %V)
 * and the E and O modifiers.  Each conversion makes a short string;
 * composite ones (%c %D %F %r %R %T %x %X) are strftime itself on a
 * shorter format.  Returns the length without the NUL, or 0 (and the
 * contents undefined) if it did not fit in max bytes.
 */
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

/* v in decimal, at least width digits (padded with pad), ending at end. */
static char *number(char *end, long long v, int width, char pad)
{
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	char *p = end;

	*p = 0;
	do *--p = '0' + u % 10; while (u /= 10);
	while (end - p < width)
		*--p = pad;
	if (v < 0)
		*--p = '-';
	return p;
}

size_t strftime(char *restrict s, size_t max, const char *restrict f, const struct tm *restrict tm)
{
	char buf[32], *end = buf + sizeof buf - 1;
	long long year = tm->tm_year + 1900LL;
	unsigned wday = (unsigned)tm->tm_wday % 7, mon = (unsigned)tm->tm_mon % 12;
	size_t n = 0, len;

	for (; *f; f++) {
		const char *str = buf, *sub = 0;
		char *p;
		struct tm copy;

		if (*f != '%' || !f[1]) {
			if (n + 1 >= max)
				return 0;
			s[n++] = *f;
			continue;
		}
		switch (*++f) {
		case 'a': str = memcpy(buf, days + 3 * wday, 3); buf[3] = 0; break;
		case 'A': str = day_names[wday]; break;
		case 'b': case 'h': str = memcpy(buf, months + 3 * mon, 3); buf[3] = 0; break;
		case 'B': str = month_names[mon]; break;
		case 'C': str = number(end, (year - (year % 100 + 100) % 100) / 100, 2, '0'); break;
		case 'd': str = number(end, tm->tm_mday, 2, '0'); break;
		case 'e': str = number(end, tm->tm_mday, 2, ' '); break;
		case 'H': str = number(end, tm->tm_hour, 2, '0'); break;
		case 'I': str = number(end, (tm->tm_hour + 11) % 12 + 1, 2, '0'); break;
		case 'j': str = number(end, tm->tm_yday + 1, 3, '0'); break;
		case 'm': str = number(end, tm->tm_mon + 1, 2, '0'); break;
		case 'M': str = number(end, tm->tm_min, 2, '0'); break;
		case 'n': str = "\n"; break;
		case 'p': str = tm->tm_hour < 12 ? "AM" : "PM"; break;
		case 'S': str = number(end, tm->tm_sec, 2, '0'); break;
		case 's': copy = *tm; str = number(end, __timegm(&copy), 1, '0'); break;
		case 't': str = "\t"; break;
		case 'u': str = number(end, wday ? wday : 7, 1, '0'); break;
		case 'U': str = number(end, (tm->tm_yday + 7 - wday) / 7, 2, '0'); break;
		case 'w': str = number(end, wday, 1, '0'); break;
		case 'W': str = number(end, (tm->tm_yday + 7 - (wday + 6) % 7) / 7, 2, '0'); break;
		case 'y': str = number(end, (year % 100 + 100) % 100, 2, '0'); break;
		case 'Y': str = number(end, year, 1, '0'); break;
		case 'z':       /* +hhmm east of UTC, -hhmm west */
			p = number(end, tm->tm_gmtoff / 3600 * 100 + tm->tm_gmtoff / 60 % 60, 4, '0');
			if (tm->tm_gmtoff >= 0)
				*--p = '+';
			str = p;
			break;
		case 'Z': str = tm->tm_zone ? tm->tm_zone : "UTC"; break;
		case '%': str = "%"; break;
		case 'c': sub = "%a %b %e %H:%M:%S %Y"; break;
		case 'D': case 'x': sub = "%m/%d/%y"; break;
		case 'F': sub = "%Y-%m-%d"; break;
		case 'r': sub = "%I:%M:%S %p"; break;
		case 'R': sub = "%H:%M"; break;
		case 'T': case 'X': sub = "%H:%M:%S"; break;
		default:  /* unknown: copy it as it stands */
			buf[0] = '%'; buf[1] = *f; buf[2] = 0; break;
		}
		if (sub) {
			len = strftime(s + n, max - n, sub, tm);
			if (!len)
				return 0;
		} else {
			len = strlen(str);
			if (n + len >= max)
				return 0;
			memcpy(s + n, str, len);
		}
		n += len;
	}
	if (max)
		s[n] = 0;
	return n;
}
