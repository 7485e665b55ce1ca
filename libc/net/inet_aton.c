/* inet_aton and inet_addr: the BSD forms of an IPv4 address, a, a.b,
 * a.b.c or a.b.c.d, each part decimal, 0-octal or 0x-hex, the last part
 * filling the bytes the others leave; what follows a blank is ignored, as
 * in glibc. */
#include <arpa/inet.h>
#include "internal/defs.h"

int __inet_aton(const char *s, struct in_addr *addr)
{
	unsigned long long part[4];
	int n = 0;

	for (;;) {
		unsigned long long v = 0, base = 10;
		int digits = 0;

		if (*s == '0') {
			base = 8;
			s++;
			digits = 1;
			if (*s == 'x' || *s == 'X') {
				base = 16;
				s++;
				digits = 0;
			}
		}
		for (;; s++, digits++) {
			unsigned d;

			if (*s >= '0' && *s <= '9')
				d = *s - '0';
			else if (base == 16 && (*s | 32) >= 'a' && (*s | 32) <= 'f')
				d = (*s | 32) - 'a' + 10;
			else
				break;
			if (d >= base)
				return 0;
			v = v * base + d;
			if (v > 0xffffffff)
				return 0;
		}
		if (!digits)
			return 0;
		part[n++] = v;
		if (*s != '.')
			break;
		if (n == 4)
			return 0;
		s++;
	}
	if (*s && *s != ' ' && (*s < '\t' || *s > '\r'))
		return 0;

	/* The last part fills 32, 24, 16 or 8 bits; the others one byte. */
	unsigned long long v = part[n - 1];
	if (v > 0xffffffffULL >> 8 * (n - 1))
		return 0;
	for (int i = 0; i < n - 1; i++) {
		if (part[i] > 255)
			return 0;
		v |= part[i] << 8 * (3 - i);
	}
	if (addr) {
		unsigned char *b = (unsigned char *)&addr->s_addr;  /* network order */
		b[0] = v >> 24; b[1] = v >> 16; b[2] = v >> 8; b[3] = v;
	}
	return 1;
}
weak_alias(__inet_aton, inet_aton);

weak in_addr_t inet_addr(const char *s)
{
	struct in_addr a;

	return __inet_aton(s, &a) ? a.s_addr : INADDR_NONE;
}
