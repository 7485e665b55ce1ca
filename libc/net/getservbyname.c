/* getservbyname and getservbyport: /etc/services, into one static struct
 * servent as glibc's (not thread-safe).  Without a protocol, tcp's entry
 * is taken before udp's. */
#include <netdb.h>
#include <string.h>
#include "internal/netdb.h"
#include "internal/defs.h"

static struct {
	struct servent s;
	char name[NI_MAXSERV];
	char proto[8];
	char *aliases[1];
} result;

static struct servent *answer(int port, const char *proto)
{
	if (__services_name(port, proto, result.name, sizeof result.name) || strlen(proto) >= sizeof result.proto)
		return 0;
	strcpy(result.proto, proto);
	result.aliases[0] = 0;
	result.s = (struct servent){ result.name, result.aliases, htons(port), result.proto };
	return &result.s;
}

weak struct servent *getservbyname(const char *name, const char *proto)
{
	static const char *const any[] = { "tcp", "udp" };

	for (int i = 0; i < 2; i++) {
		const char *p = proto ? proto : any[i];
		int port = __services_port(name, p);

		if (port >= 0)
			return answer(port, p);
		if (proto)
			break;
	}
	return 0;
}

/* port is in network order. */
weak struct servent *getservbyport(int port, const char *proto)
{
	static const char *const any[] = { "tcp", "udp" };

	for (int i = 0; i < 2; i++) {
		struct servent *s = answer(ntohs((unsigned short)port), proto ? proto : any[i]);

		if (s || proto)
			return s;
	}
	return 0;
}
