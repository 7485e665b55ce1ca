/* inet_ntop and inet_ntoa.  IPv6 as glibc writes it (RFC 5952): lowercase
 * hex without leading zeros, the first longest run of two or more zero
 * groups as "::", and ::ffff:a.b.c.d or ::a.b.c.d for the v4-mapped and
 * v4-compatible forms. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include "internal/defs.h"

static char *ntop4(const unsigned char *a, char *p)
{
	for (int i = 0; i < 4; i++) {
		unsigned v = a[i];

		if (v >= 100)
			*p++ = '0' + v / 100;
		if (v >= 10)
			*p++ = '0' + v / 10 % 10;
		*p++ = '0' + v % 10;
		*p++ = i < 3 ? '.' : 0;
	}
	return p - 1;
}

static void ntop6(const unsigned char *a, char *p)
{
	unsigned w[8];
	int best = -1, best_len = 0;

	for (int i = 0; i < 8; i++)
		w[i] = a[2 * i] << 8 | a[2 * i + 1];
	for (int i = 0; i < 8; ) {
		int j = i;

		while (j < 8 && !w[j])
			j++;
		if (j - i > best_len && j - i >= 2) {
			best = i;
			best_len = j - i;
		}
		i = j > i ? j : i + 1;
	}
	for (int i = 0; i < 8; i++) {
		if (i == best) {
			*p++ = ':';
			if (i == 0)
				*p++ = ':';
			i += best_len - 1;
			/* ::a.b.c.d and ::ffff:a.b.c.d */
			if (best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
				if (best_len == 5)
					p += sprintf(p, "ffff:");
				ntop4(a + 12, p);
				return;
			}
			continue;
		}
		p += sprintf(p, "%x", w[i]);
		if (i < 7)
			*p++ = ':';
	}
	*p = 0;
}

const char *__inet_ntop(int family, const void *restrict addr, char *restrict buf, socklen_t size)
{
	char tmp[INET6_ADDRSTRLEN];

	if (family == AF_INET)
		ntop4(addr, tmp);
	else if (family == AF_INET6)
		ntop6(addr, tmp);
	else {
		errno = EAFNOSUPPORT;
		return 0;
	}
	if (strlen(tmp) >= size) {
		errno = ENOSPC;
		return 0;
	}
	return strcpy(buf, tmp);
}
weak_alias(__inet_ntop, inet_ntop);

weak char *inet_ntoa(struct in_addr addr)
{
	static char buf[INET_ADDRSTRLEN];

	ntop4((const unsigned char *)&addr.s_addr, buf);
	return buf;
}
