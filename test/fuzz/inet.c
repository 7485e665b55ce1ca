/* inet_pton of IPv4 and IPv6 text (leading zeros, values past 255 and
 * 0xffff, too few and too many parts, "::" in every place and twice, a
 * dotted quad at the end, junk, case) and inet_ntop of random addresses
 * (runs of zero groups of every length and place, v4-mapped and
 * v4-compatible forms) into buffers of every size, ENOSPC included. */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "values.h"

static const char *const v4_pieces[] = {
	"0", "1", "9", "10", "127", "255", "256", "00", "01", "012", "999", "4294967295",
	".", ".", ".", ".", "0x1", "a", " ", "-1", "+1", "",
};

static const char *const v6_pieces[] = {
	"0", "1", "ffff", "FFFF", "10000", "00000", "abcd", "12345", "g", ":", ":", ":",
	"::", "::", ":::", "1.2.3.4", "255.255.255.255", "256.1.1.1", "1.2.3", "0:0",
	"ffff:", "::ffff:", ".", "%", " ", "0001", "fe80", "7",
};

static void fuzz_pton(void)
{
	char s[120];
	unsigned char addr[16];
	int v6 = chance(60), r;

	if (v6)
		gen_text(s, sizeof s, v6_pieces, sizeof v6_pieces / sizeof *v6_pieces, 12);
	else
		gen_text(s, sizeof s, v4_pieces, sizeof v4_pieces / sizeof *v4_pieces, 8);
	memset(addr, 0xaa, sizeof addr);
	rec_mem(v6 ? "pton6 " : "pton4 ", 6);
	rec_str(s);
	errno = 0;
	r = inet_pton(v6 ? AF_INET6 : AF_INET, s, addr);
	rec_mem(" -> ", 4);
	rec_int(r);
	rec_sep();
	if (r == 1)
		rec_mem(addr, v6 ? 16 : 4);
}

static void fuzz_ntop(void)
{
	unsigned char addr[16];
	char buf[64];
	int v6 = chance(75);
	socklen_t size = chance(70) ? sizeof buf : below(48);
	const char *r;

	for (int i = 0; i < 16; i += 2) {
		unsigned k = below(4);
		addr[i] = k == 0 ? 0 : k == 1 ? (unsigned char)rnd() : 0;
		addr[i + 1] = k == 0 ? 0 : (unsigned char)rnd();
	}
	if (chance(20)) {               /* ::ffff:a.b.c.d, ::a.b.c.d, ::x */
		memset(addr, 0, 10);
		addr[10] = addr[11] = chance(50) ? 0xff : 0;
		if (chance(30))
			memset(addr + 12, 0, below(4) + 1);
	}
	if (chance(10))
		memset(addr, 0, 16 - below(3));
	memset(buf, 0x55, sizeof buf);
	rec_mem(v6 ? "ntop6 " : "ntop4 ", 6);
	rec_mem(addr, v6 ? 16 : 4);
	rec_mem(" size ", 6);
	rec_uint(size);
	errno = 0;
	r = inet_ntop(v6 ? AF_INET6 : AF_INET, addr, buf, size);
	rec_mem(" -> ", 4);
	if (!r) {
		rec_mem("NULL e", 6);
		rec_int(errno);
		return;
	}
	rec_ptr(r, buf);
	rec_sep();
	rec_str(buf);
}

void fuzz_inet(void)
{
	if (chance(50))
		fuzz_pton();
	else
		fuzz_ntop();
	if (chance(2)) {                /* an unknown family */
		unsigned char addr[16] = { 0 };
		char buf[64];

		errno = 0;
		rec_mem(" af ", 4);
		rec_int(inet_pton(12345, "1.2.3.4", addr));
		rec_sep();
		rec_int(errno);
		errno = 0;
		rec_sep();
		rec_int(inet_ntop(12345, addr, buf, sizeof buf) == NULL);
		rec_sep();
		rec_int(errno);
	}
}
