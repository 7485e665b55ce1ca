/* getnameinfo: an address's name from /etc/hosts (else its number, or
 * EAI_NONAME with NI_NAMEREQD), a port's from /etc/services (else its
 * number); no DNS (see <netdb.h>). */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include "internal/netdb.h"
#include "internal/defs.h"

weak int getnameinfo(const struct sockaddr *restrict addr, socklen_t len, char *restrict host, socklen_t hostlen,
                     char *restrict serv, socklen_t servlen, int flags)
{
	const void *a;
	int port;

	if (!addr || len < sizeof(sa_family_t))
		return EAI_FAMILY;
	if (addr->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		a = &((const struct sockaddr_in *)addr)->sin_addr;
		port = ntohs(((const struct sockaddr_in *)addr)->sin_port);
	} else if (addr->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
		a = &((const struct sockaddr_in6 *)addr)->sin6_addr;
		port = ntohs(((const struct sockaddr_in6 *)addr)->sin6_port);
	} else
		return EAI_FAMILY;
	if (!(host && hostlen) && !(serv && servlen))
		return EAI_NONAME;

	if (host && hostlen) {
		char name[NI_MAXHOST];

		if (flags & NI_NUMERICHOST || __hosts_by_addr(addr->sa_family, a, name, sizeof name)) {
			if (flags & NI_NAMEREQD && !(flags & NI_NUMERICHOST))
				return EAI_NONAME;
			__inet_ntop(addr->sa_family, a, name, sizeof name);
		} else if (flags & NI_NOFQDN)
			name[strcspn(name, ".")] = 0;
		if (strlen(name) >= hostlen)
			return EAI_OVERFLOW;
		strcpy(host, name);
	}
	if (serv && servlen) {
		char name[NI_MAXSERV];

		if (flags & NI_NUMERICSERV || __services_name(port, flags & NI_DGRAM ? "udp" : "tcp", name, sizeof name))
			snprintf(name, sizeof name, "%d", port);
		if (strlen(name) >= servlen)
			return EAI_OVERFLOW;
		strcpy(serv, name);
	}
	return 0;
}
