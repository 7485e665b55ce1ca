/* <netdb.h>'s older calls: gethostbyname/gethostbyname2 on numeric text
 * and "localhost", gethostbyaddr, h_errno and hstrerror,
 * getservbyname/getservbyport; unknown names with glibc's answers. */
#include <netdb.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds();
	struct hostent *h;
	struct servent *s;
	unsigned char lo[4] = { 127, 0, 0, 1 };

	h = gethostbyname("1.2.3.4");
	CHECK(h != NULL);
	if (h) {
		CHECK_STR(h->h_name, "1.2.3.4");
		CHECK_INT(h->h_addrtype, AF_INET);
		CHECK_INT(h->h_length, 4);
		CHECK(!memcmp(h->h_addr_list[0], "\1\2\3\4", 4));
		CHECK(h->h_addr_list[1] == NULL);
		CHECK(h->h_aliases != NULL);
	}
	h = gethostbyname("localhost");
	CHECK(h != NULL);
	if (h) {
		CHECK_STR(h->h_name, "localhost");
		CHECK(!memcmp(h->h_addr, lo, 4));
	}
	h = gethostbyname2("::1", AF_INET6);
	CHECK(h != NULL);
	if (h) {
		CHECK_INT(h->h_length, 16);
		CHECK(IN6_IS_ADDR_LOOPBACK((struct in6_addr *)h->h_addr));
	}
	h = gethostbyaddr(lo, 4, AF_INET);
	CHECK(h != NULL);
	if (h)
		CHECK_STR(h->h_name, "localhost");

	/* names nobody knows */
	h_errno = 0;
	CHECK(gethostbyname("no-such-host.invalid") == NULL);
	CHECK(h_errno == HOST_NOT_FOUND || h_errno == TRY_AGAIN);
	TASKRT_ONLY(CHECK_INT(h_errno, HOST_NOT_FOUND));
	CHECK(gethostbyname("1.2.3.") == NULL);
	CHECK(gethostbyaddr(lo, 3, AF_INET) == NULL);
	CHECK_STR(hstrerror(HOST_NOT_FOUND), "Unknown host");
	CHECK_STR(hstrerror(TRY_AGAIN), "Host name lookup failure");

	if (access("/etc/services", R_OK) == 0) {
		s = getservbyname("http", "tcp");
		CHECK(s != NULL);
		if (s) {
			CHECK_INT(ntohs(s->s_port), 80);
			CHECK_STR(s->s_name, "http");
			CHECK_STR(s->s_proto, "tcp");
		}
		s = getservbyname("domain", 0);
		CHECK(s != NULL);
		if (s) {
			CHECK_INT(ntohs(s->s_port), 53);
			CHECK_STR(s->s_proto, "tcp");
		}
		s = getservbyport(htons(22), "tcp");
		CHECK(s != NULL);
		if (s)
			CHECK_STR(s->s_name, "ssh");
		CHECK(getservbyname("ssh", "udp") == NULL);
		CHECK(getservbyname("no-such-service", 0) == NULL);
		CHECK(getservbyport(htons(1), "nosuchproto") == NULL);
	} else
		check_puts("no /etc/services: getservby* not checked\n");
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
