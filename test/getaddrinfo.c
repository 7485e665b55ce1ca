/* <netdb.h>: getaddrinfo on numeric IPv4/IPv6 hosts, "localhost" from
 * /etc/hosts, no host (loopback or, passive, the wildcard), numeric and
 * named services, socket types, AI_CANONNAME; getnameinfo both ways;
 * gai_strerror; every bad-input code as glibc answers it; no fd leaked. */
#include <netdb.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include "check.h"

static int count(struct addrinfo *ai)
{
	int n = 0;

	for (; ai; ai = ai->ai_next)
		n++;
	return n;
}

static int gai(const char *node, const char *service, int family, int socktype, int flags, struct addrinfo **res)
{
	struct addrinfo h = { .ai_family = family, .ai_socktype = socktype, .ai_flags = flags };

	*res = 0;
	return getaddrinfo(node, service, &h, res);
}

int main(void)
{
	int fds = check_count_fds();
	struct addrinfo *r, *p;
	struct sockaddr_in *in;
	struct sockaddr_in6 *in6;
	char host[NI_MAXHOST], serv[NI_MAXSERV];
	int have_services = access("/etc/services", R_OK) == 0;

	/* a numeric IPv4 host and port: stream/TCP, dgram/UDP, raw */
	CHECK_INT(gai("127.0.0.1", "80", AF_UNSPEC, 0, 0, &r), 0);
	CHECK_INT(count(r), 3);
	CHECK_INT(r->ai_family, AF_INET);
	CHECK_INT(r->ai_socktype, SOCK_STREAM);   CHECK_INT(r->ai_protocol, IPPROTO_TCP);
	CHECK_INT(r->ai_next->ai_socktype, SOCK_DGRAM); CHECK_INT(r->ai_next->ai_protocol, IPPROTO_UDP);
	CHECK_INT(r->ai_next->ai_next->ai_socktype, SOCK_RAW);
	CHECK_INT(r->ai_addrlen, sizeof(struct sockaddr_in));
	in = (struct sockaddr_in *)r->ai_addr;
	CHECK_INT(in->sin_family, AF_INET);
	CHECK_INT(ntohs(in->sin_port), 80);
	CHECK_INT(ntohl(in->sin_addr.s_addr), INADDR_LOOPBACK);
	CHECK(r->ai_canonname == NULL);
	freeaddrinfo(r);

	/* IPv6, one type, with its canonical name (the text itself) */
	CHECK_INT(gai("::1", "443", AF_INET6, SOCK_STREAM, AI_CANONNAME, &r), 0);
	CHECK_INT(count(r), 1);
	in6 = (struct sockaddr_in6 *)r->ai_addr;
	CHECK_INT(r->ai_addrlen, sizeof *in6);
	CHECK_INT(in6->sin6_family, AF_INET6);
	CHECK_INT(ntohs(in6->sin6_port), 443);
	CHECK(IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr));
	CHECK_STR(r->ai_canonname, "::1");
	freeaddrinfo(r);
	CHECK_INT(gai("::ffff:1.2.3.4", 0, AF_INET6, SOCK_DGRAM, 0, &r), 0);
	CHECK(IN6_IS_ADDR_V4MAPPED(&((struct sockaddr_in6 *)r->ai_addr)->sin6_addr));
	freeaddrinfo(r);
	CHECK_INT(gai("fe80::1%3", 0, AF_INET6, SOCK_DGRAM, 0, &r), 0);
	CHECK_INT(((struct sockaddr_in6 *)r->ai_addr)->sin6_scope_id, 3);
	freeaddrinfo(r);

	/* inet_aton's forms are numeric too */
	CHECK_INT(gai("0x7f.1", 0, AF_INET, SOCK_STREAM, AI_NUMERICHOST, &r), 0);
	CHECK_INT(ntohl(((struct sockaddr_in *)r->ai_addr)->sin_addr.s_addr), 0x7f000001);
	freeaddrinfo(r);

	/* "localhost" from /etc/hosts, whatever its case */
	CHECK_INT(gai("LocalHost", 0, AF_INET, SOCK_STREAM, AI_CANONNAME, &r), 0);
	CHECK(r && count(r) >= 1);
	if (r) {
		CHECK_INT(ntohl(((struct sockaddr_in *)r->ai_addr)->sin_addr.s_addr), INADDR_LOOPBACK);
		CHECK_STR(r->ai_canonname, "localhost");
	}
	freeaddrinfo(r);

	/* no host: loopback, or the wildcard with AI_PASSIVE */
	CHECK_INT(gai(0, "8080", AF_INET, SOCK_STREAM, 0, &r), 0);
	CHECK_INT(count(r), 1);
	CHECK_INT(ntohl(((struct sockaddr_in *)r->ai_addr)->sin_addr.s_addr), INADDR_LOOPBACK);
	freeaddrinfo(r);
	CHECK_INT(gai(0, "8080", AF_UNSPEC, SOCK_STREAM, AI_PASSIVE, &r), 0);
	CHECK_INT(count(r), 2);
	for (p = r; p; p = p->ai_next)
		if (p->ai_family == AF_INET)
			CHECK_INT(((struct sockaddr_in *)p->ai_addr)->sin_addr.s_addr, INADDR_ANY);
		else
			CHECK(IN6_IS_ADDR_UNSPECIFIED(&((struct sockaddr_in6 *)p->ai_addr)->sin6_addr));
	freeaddrinfo(r);
	CHECK_INT(gai(0, "1", AF_INET6, SOCK_DGRAM, 0, &r), 0);
	CHECK(IN6_IS_ADDR_LOOPBACK(&((struct sockaddr_in6 *)r->ai_addr)->sin6_addr));
	freeaddrinfo(r);

	/* services by name: only the protocols /etc/services lists */
	if (have_services) {
		CHECK_INT(gai("127.0.0.1", "http", AF_INET, SOCK_STREAM, 0, &r), 0);
		CHECK_INT(ntohs(((struct sockaddr_in *)r->ai_addr)->sin_port), 80);
		freeaddrinfo(r);
		CHECK_INT(gai("127.0.0.1", "domain", AF_INET, 0, 0, &r), 0);
		CHECK_INT(count(r), 2);                        /* tcp and udp, no raw */
		CHECK_INT(ntohs(((struct sockaddr_in *)r->ai_addr)->sin_port), 53);
		freeaddrinfo(r);
		CHECK_INT(gai("127.0.0.1", "ssh", AF_INET, SOCK_DGRAM, 0, &r), EAI_SERVICE);   /* tcp only */
		CHECK_INT(gai("127.0.0.1", "no-such-service", 0, 0, 0, &r), EAI_SERVICE);
	} else
		check_puts("no /etc/services: named services not checked\n");

	/* bad input */
	CHECK_INT(gai(0, 0, 0, 0, 0, &r), EAI_NONAME);
	CHECK_INT(gai("127.0.0.1", 0, 12345, 0, 0, &r), EAI_FAMILY);
	CHECK_INT(gai("127.0.0.1", 0, AF_UNIX, 0, 0, &r), EAI_FAMILY);
	CHECK_INT(gai("127.0.0.1", 0, 0, 0, 0x10000, &r), EAI_BADFLAGS);
	CHECK_INT(gai(0, "80", 0, 0, AI_CANONNAME, &r), EAI_BADFLAGS);
	CHECK_INT(gai("127.0.0.1", "80", 0, 12345, 0, &r), EAI_SOCKTYPE);
	CHECK_INT(gai("127.0.0.1", "80", AF_INET, SOCK_RAW, 0, &r), EAI_SERVICE);
	CHECK_INT(gai("127.0.0.1", "http", 0, 0, AI_NUMERICSERV, &r), EAI_NONAME);
	CHECK_INT(gai("127.0.0.1", "-1", 0, 0, 0, &r), EAI_SERVICE);
	CHECK_INT(gai("127.0.0.1", "80x", 0, 0, 0, &r), EAI_SERVICE);
	CHECK_INT(gai("localhost", 0, 0, 0, AI_NUMERICHOST, &r), EAI_NONAME);
	CHECK_INT(gai("127.0.0.1", 0, AF_INET6, 0, 0, &r), EAI_ADDRFAMILY);
	CHECK_INT(gai("::1", 0, AF_INET, 0, 0, &r), EAI_ADDRFAMILY);
	CHECK_INT(gai("1.2.3.4 ", 0, AF_INET, SOCK_STREAM, AI_NUMERICHOST, &r), EAI_NONAME);
	CHECK_INT(gai("", 0, 0, 0, AI_NUMERICHOST, &r), EAI_NONAME);
	{
		struct addrinfo h = { .ai_socktype = SOCK_STREAM, .ai_protocol = IPPROTO_UDP };
		CHECK_INT(getaddrinfo("127.0.0.1", "80", &h, &r), EAI_SOCKTYPE);
	}
	/* a name in no file: no resolver in taskrt; glibc may try DNS */
	int e = gai("no-such-host.invalid", 0, 0, 0, 0, &r);
	CHECK(e == EAI_NONAME || e == EAI_AGAIN || e == EAI_FAIL);
	TASKRT_ONLY(CHECK_INT(e, EAI_NONAME));

	/* getnameinfo */
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(80), .sin_addr = { htonl(INADDR_LOOPBACK) } };
	CHECK_INT(getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, serv, sizeof serv,
	                      NI_NUMERICHOST | NI_NUMERICSERV), 0);
	CHECK_STR(host, "127.0.0.1"); CHECK_STR(serv, "80");
	CHECK_INT(getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, serv, sizeof serv, 0), 0);
	CHECK_STR(host, "localhost");
	if (have_services)
		CHECK_STR(serv, "http");
	sa.sin_addr.s_addr = htonl(0x01020304);
	sa.sin_port = htons(5);
	CHECK_INT(getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, serv, sizeof serv,
	                      NI_NUMERICSERV), 0);
	CHECK_STR(host, "1.2.3.4"); CHECK_STR(serv, "5");
	CHECK_INT(getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, NI_NAMEREQD), EAI_NONAME);
	CHECK_INT(getnameinfo((struct sockaddr *)&sa, sizeof sa, host, 4, 0, 0, NI_NUMERICHOST), EAI_OVERFLOW);
	CHECK_INT(getnameinfo((struct sockaddr *)&sa, 4, host, sizeof host, 0, 0, 0), EAI_FAMILY);
	struct sockaddr_in6 sa6 = { .sin6_family = AF_INET6, .sin6_port = htons(53), .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	CHECK_INT(getnameinfo((struct sockaddr *)&sa6, sizeof sa6, host, sizeof host, serv, sizeof serv,
	                      NI_NUMERICHOST | NI_DGRAM), 0);
	CHECK_STR(host, "::1");
	if (have_services)
		CHECK_STR(serv, "domain");
	struct sockaddr_storage odd = { .ss_family = AF_APPLETALK };
	CHECK_INT(getnameinfo((struct sockaddr *)&odd, sizeof odd, host, sizeof host, 0, 0, 0), EAI_FAMILY);

	CHECK_STR(gai_strerror(EAI_NONAME), "Name or service not known");
	CHECK_STR(gai_strerror(EAI_SERVICE), "Servname not supported for ai_socktype");
	CHECK_STR(gai_strerror(EAI_AGAIN), "Temporary failure in name resolution");
	CHECK(gai_strerror(12345) != NULL);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
