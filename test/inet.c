/* <arpa/inet.h>: inet_pton/inet_ntop round trips against glibc's text
 * (zero compression, ::ffff:a.b.c.d), inet_aton/inet_addr's BSD forms,
 * inet_ntoa, byte order, and bad input. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "check.h"

/* in: text; out: what inet_ntop writes back, NULL if inet_pton refuses */
static const struct { const char *in, *out; } v6[] = {
	{ "::", "::" },
	{ "::1", "::1" },
	{ "1::", "1::" },
	{ "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8" },
	{ "1:0:0:0:0:0:0:8", "1::8" },
	{ "1:0:3:0:0:6:0:8", "1:0:3::6:0:8" },
	{ "1:0:0:4:0:0:7:8", "1::4:0:0:7:8" },
	{ "1:2:3:4:5:6:7:0", "1:2:3:4:5:6:7:0" },
	{ "0:2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8" },
	{ "FE80::ABCD", "fe80::abcd" },
	{ "2001:db8::0:1", "2001:db8::1" },
	{ "0001:0002::", "1:2::" },
	{ "::ffff:1.2.3.4", "::ffff:1.2.3.4" },
	{ "::ffff:0102:0304", "::ffff:1.2.3.4" },
	{ "::1.2.3.4", "::1.2.3.4" },
	{ "1::1.2.3.4", "1::102:304" },
	{ "::ffff:0:0", "::ffff:0.0.0.0" },
	{ "::2:0:0", "::2:0:0" },
	{ "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304" },
	{ ":", 0 }, { ":::", 0 }, { "1:::2", 0 }, { "1::2::3", 0 },
	{ "1:2:3:4:5:6:7:8:9", 0 }, { "1:2:3:4:5:6:7", 0 }, { "12345::", 0 },
	{ "1:", 0 }, { ":1", 0 }, { "1::2:", 0 }, { "g::", 0 }, { "", 0 },
	{ "::1.2.3", 0 }, { "::1.2.3.4:5", 0 }, { "::256.1.1.1", 0 },
	{ "1:2:3:4:5:6:7:1.2.3.4", 0 }, { " ::1", 0 }, { "::1 ", 0 },
};

static const struct { const char *in; int ok; } v4[] = {
	{ "0.0.0.0", 1 }, { "127.0.0.1", 1 }, { "255.255.255.255", 1 },
	{ "256.0.0.1", 0 }, { "1.2.3", 0 }, { "1.2.3.4.5", 0 }, { "01.2.3.4", 0 },
	{ "0x1.2.3.4", 0 }, { "1.2.3.4 ", 0 }, { "", 0 }, { "1..3.4", 0 }, { "1.2.3.", 0 },
};

int main(void)
{
	unsigned char a[16];
	char buf[INET6_ADDRSTRLEN];
	struct in_addr in;

	for (unsigned i = 0; i < sizeof v6 / sizeof v6[0]; i++) {
		int r = inet_pton(AF_INET6, v6[i].in, a);
		if (!v6[i].out) {
			if (r != 0) { check_puts("accepted: "); check_puts(v6[i].in); check_puts("\n"); }
			CHECK_INT(r, 0);
			continue;
		}
		CHECK_INT(r, 1);
		if (r == 1)
			CHECK_STR(inet_ntop(AF_INET6, a, buf, sizeof buf), v6[i].out);
	}
	for (unsigned i = 0; i < sizeof v4 / sizeof v4[0]; i++) {
		int r = inet_pton(AF_INET, v4[i].in, a);
		if (r != v4[i].ok) { check_puts("inet_pton4: "); check_puts(v4[i].in); check_puts("\n"); }
		CHECK_INT(r, v4[i].ok);
		if (r == 1)
			CHECK_STR(inet_ntop(AF_INET, a, buf, sizeof buf), v4[i].in);
	}
	CHECK_INT(inet_pton(AF_INET, "1.2.3.4", a), 1);
	CHECK(a[0] == 1 && a[1] == 2 && a[2] == 3 && a[3] == 4);

	/* bad input */
	errno = 0;
	CHECK_INT(inet_pton(AF_UNIX, "1.2.3.4", a), -1); CHECK_INT(errno, EAFNOSUPPORT);
	CHECK(inet_ntop(AF_UNIX, a, buf, sizeof buf) == NULL); CHECK_INT(errno, EAFNOSUPPORT);
	CHECK(inet_ntop(AF_INET, a, buf, 7) == NULL); CHECK_INT(errno, ENOSPC);
	CHECK(inet_ntop(AF_INET, a, buf, 8) == buf); CHECK_STR(buf, "1.2.3.4");
	inet_pton(AF_INET6, "1:2:3:4:5:6:7:8", a);
	CHECK(inet_ntop(AF_INET6, a, buf, 15) == NULL); CHECK_INT(errno, ENOSPC);
	CHECK(inet_ntop(AF_INET6, a, buf, 16) == buf);

	/* inet_aton's BSD forms */
	CHECK_INT(inet_aton("1.2.3.4", &in), 1);       CHECK_INT(in.s_addr, htonl(0x01020304));
	CHECK_INT(inet_aton("1.2.3", &in), 1);         CHECK_INT(in.s_addr, htonl(0x01020003));
	CHECK_INT(inet_aton("1.2", &in), 1);           CHECK_INT(in.s_addr, htonl(0x01000002));
	CHECK_INT(inet_aton("16909060", &in), 1);      CHECK_INT(in.s_addr, htonl(0x01020304));
	CHECK_INT(inet_aton("0x7f.1", &in), 1);        CHECK_INT(in.s_addr, htonl(0x7f000001));
	CHECK_INT(inet_aton("010.0.0.1", &in), 1);     CHECK_INT(in.s_addr, htonl(0x08000001));
	CHECK_INT(inet_aton("0", &in), 1);             CHECK_INT(in.s_addr, 0);
	CHECK_INT(inet_aton("1.2.3.4 junk", &in), 1);  CHECK_INT(in.s_addr, htonl(0x01020304));
	CHECK_INT(inet_aton("1.2.3.256", &in), 0);
	CHECK_INT(inet_aton("1.2.65536", &in), 0);
	CHECK_INT(inet_aton("08.1.1.1", &in), 0);
	CHECK_INT(inet_aton("1.2.3.4.5", &in), 0);
	CHECK_INT(inet_aton("", &in), 0);
	CHECK_INT(inet_aton("1.", &in), 0);
	CHECK_INT(inet_aton("0x", &in), 0);
	CHECK_INT(inet_aton("4294967296", &in), 0);
	CHECK_INT(inet_addr("127.0.0.1"), htonl(INADDR_LOOPBACK));
	CHECK_INT(inet_addr("x"), INADDR_NONE);
	in.s_addr = htonl(0xc0a80001);
	CHECK_STR(inet_ntoa(in), "192.168.0.1");

	/* byte order: network order is big-endian, so a swap on a
	 * little-endian host and nothing on a big-endian one */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	CHECK_INT(htons(0x1234), 0x3412);
	CHECK_INT(ntohs(0x3412), 0x1234);
	CHECK_INT(htonl(0x01020304), 0x04030201);
	CHECK_INT((ntohl)(0x04030201), 0x01020304);
	CHECK_INT((htons)(1), 256);
#else
	CHECK_INT(htons(0x1234), 0x1234);
	CHECK_INT(ntohs(0x3412), 0x3412);
	CHECK_INT(htonl(0x01020304), 0x01020304);
	CHECK_INT((ntohl)(0x04030201), 0x04030201);
	CHECK_INT((htons)(1), 1);
#endif
	{
		/* on every host: the most significant byte first in memory */
		uint32_t n = htonl(0x01020304);
		unsigned char *b = (unsigned char *)&n;
		CHECK(b[0] == 1 && b[1] == 2 && b[2] == 3 && b[3] == 4);
	}
	return check_done();
}
