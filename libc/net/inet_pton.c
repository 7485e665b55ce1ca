/* inet_pton: the strict text forms.  IPv4 is four decimal parts of at
 * most 255 without leading zeros; IPv6 is up to eight groups of one to
 * four hex digits, one "::" standing for a run of zero groups, and an
 * IPv4 address in place of the last two groups (RFC 4291 2.2). */
#include <errno.h>
#include <string.h>
#include <arpa/inet.h>
#include "internal/defs.h"

static int pton4(const char *s, unsigned char out[4])
{
	for (int i = 0; i < 4; i++) {
		unsigned v = 0;
		int digits = 0;

		for (; *s >= '0' && *s <= '9'; s++) {
			if (digits++ && v == 0)
				return 0;               /* a leading zero */
			v = v * 10 + (*s - '0');
			if (v > 255)
				return 0;
		}
		if (!digits || *s != (i < 3 ? '.' : 0))
			return 0;
		out[i] = v;
		s++;
	}
	return 1;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int pton6(const char *s, unsigned char out[16])
{
	unsigned char w[16] = { 0 };
	int n = 0, gap = -1;              /* bytes written, where "::" was */

	if (s[0] == ':' && s[1] == ':') {
		gap = 0;
		s += 2;
		if (!*s)
			goto done;
	} else if (*s == ':')
		return 0;
	for (;;) {
		const char *start = s;
		unsigned v = 0;
		int d;

		/* A dotted IPv4 tail in the last four bytes. */
		if (n <= 12 && strchr(s, '.') && !strchr(s, ':')) {
			if (!pton4(s, w + n))
				return 0;
			n += 4;
			break;
		}
		while ((d = hexval(*s)) >= 0 && s - start < 4) {
			v = v << 4 | d;
			s++;
		}
		if (s == start || hexval(*s) >= 0 || n == 16)
			return 0;
		w[n++] = v >> 8;
		w[n++] = v;
		if (!*s)
			break;
		if (*s++ != ':')
			return 0;
		if (*s == ':') {
			if (gap >= 0)
				return 0;
			gap = n;
			if (!*++s)
				break;
		} else if (!*s)
			return 0;                   /* a trailing single ':' */
	}
	if (gap < 0 ? n != 16 : n == 16)
		return 0;
done:
	if (gap >= 0) {
		memmove(w + 16 - (n - gap), w + gap, n - gap);
		memset(w + gap, 0, 16 - n);
	}
	memcpy(out, w, 16);
	return 1;
}

int __inet_pton(int family, const char *restrict s, void *restrict addr)
{
	if (family == AF_INET)
		return pton4(s, addr);
	if (family == AF_INET6)
		return pton6(s, addr);
	errno = EAFNOSUPPORT;
	return -1;
}
weak_alias(__inet_pton, inet_pton);
