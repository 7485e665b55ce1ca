/* getaddrinfo: numeric hosts and /etc/hosts, numeric services and
 * /etc/services; no DNS (see <netdb.h>).  The results come in glibc's
 * order: for each address, one per socket type (stream/TCP, dgram/UDP,
 * and raw where no service was named); without a host, ::1 before
 * 127.0.0.1, or with AI_PASSIVE 0.0.0.0 before ::. */
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include "internal/netdb.h"
#include "internal/defs.h"

#define KNOWN_FLAGS (AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL \
	| AI_ADDRCONFIG | AI_NUMERICSERV)
#define MAX_ADDRS 16

struct type { int socktype, protocol; const char *proto; int port; };

/* One result, its address and (in the first) the canonical name. */
struct result {
	struct addrinfo ai;
	union { struct sockaddr_in v4; struct sockaddr_in6 v6; } sa;
	char canon[];
};

/* The socket types asked for: how many written to t. */
static int types(const struct addrinfo *h, struct type *t)
{
	static const struct type all[] = {
		{ SOCK_STREAM, IPPROTO_TCP, "tcp", 0 }, { SOCK_DGRAM, IPPROTO_UDP, "udp", 0 },
		{ SOCK_SEQPACKET, IPPROTO_SCTP, "sctp", 0 }, { SOCK_RAW, 0, 0, 0 },
	};
	int n = 0;

	for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) {
		if (h->ai_socktype ? h->ai_socktype != all[i].socktype : all[i].socktype == SOCK_SEQPACKET)
			continue;
		t[n] = all[i];
		if (h->ai_protocol) {
			if (all[i].socktype == SOCK_RAW)
				t[n].protocol = h->ai_protocol;
			else if (h->ai_protocol != all[i].protocol)
				continue;
		}
		n++;
	}
	return n;
}

/* Fill each type's port from service; drop the types it does not name.
 * 0, or an EAI_* code. */
static int service_ports(const char *service, int flags, struct type *t, int *n)
{
	char *end;
	int k = 0;

	if (!service)
		return 0;
	unsigned long num = strtoul(service, &end, 10);
	int numeric = *service && !*end && *service != '-' && *service != '+';
	if (!numeric && (flags & AI_NUMERICSERV))
		return EAI_NONAME;
	for (int i = 0; i < *n; i++) {
		if (!t[i].proto) {             /* raw: only with a number, and only if not asked for */
			if (numeric && *n > 1)
				t[k++] = (struct type){ t[i].socktype, t[i].protocol, 0, num & 0xffff };
			continue;
		}
		int port = numeric ? (int)(num & 0xffff) : __services_port(service, t[i].proto);
		if (port >= 0) {
			t[k] = t[i];
			t[k++].port = port;
		}
	}
	*n = k;
	return k ? 0 : EAI_SERVICE;
}

/* node as a numeric address: 1 (written to a), 0 if it is none. */
static int numeric_host(const char *node, struct host_addr *a, unsigned *scope)
{
	char buf[INET6_ADDRSTRLEN + 12], *pct, *end;
	struct in_addr in;

	/* inet_aton's forms, but nothing after the address */
	if (__inet_aton(node, &in) && !strpbrk(node, " \t\n\v\f\r")) {
		a->family = AF_INET;
		memcpy(a->addr, &in, 4);
		return 1;
	}
	*scope = 0;
	if (strlen(node) >= sizeof buf)
		return 0;
	strcpy(buf, node);
	if ((pct = strchr(buf, '%'))) {            /* fe80::1%2: a numeric scope id */
		*pct = 0;
		unsigned long s = strtoul(pct + 1, &end, 10);
		if (!pct[1] || *end || s > 0xffffffff)
			return 0;
		*scope = s;
	}
	if (__inet_pton(AF_INET6, buf, a->addr) != 1)
		return 0;
	a->family = AF_INET6;
	return 1;
}

weak int getaddrinfo(const char *restrict node, const char *restrict service,
                const struct addrinfo *restrict hints, struct addrinfo **restrict res)
{
	static const struct addrinfo none = { 0 };
	const struct addrinfo *h = hints ? hints : &none;
	struct host_addr addrs[MAX_ADDRS];
	struct type t[4];
	char canon[256] = "";
	unsigned scope = 0;
	int n_types, n_addrs = 0, e;

	if (h->ai_flags & ~KNOWN_FLAGS || (h->ai_flags & AI_CANONNAME && !node))
		return EAI_BADFLAGS;
	if (!node && !service)
		return EAI_NONAME;
	if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET && h->ai_family != AF_INET6)
		return EAI_FAMILY;
	if (!(n_types = types(h, t)))
		return EAI_SOCKTYPE;
	if (h->ai_socktype == SOCK_RAW && service)
		return EAI_SERVICE;
	if ((e = service_ports(service, h->ai_flags, t, &n_types)))
		return e;

	if (!node) {
		int passive = h->ai_flags & AI_PASSIVE;
		struct host_addr v4 = { AF_INET, { 0 } }, v6 = { AF_INET6, { 0 } };

		if (!passive) {
			v4.addr[0] = 127;
			v4.addr[3] = 1;
			v6.addr[15] = 1;
		}
		if (h->ai_family != AF_INET6 && passive)
			addrs[n_addrs++] = v4;
		if (h->ai_family != AF_INET)
			addrs[n_addrs++] = v6;
		if (h->ai_family != AF_INET6 && !passive)
			addrs[n_addrs++] = v4;
	} else if (numeric_host(node, &addrs[0], &scope)) {
		if (h->ai_family != AF_UNSPEC && h->ai_family != addrs[0].family)
			return EAI_ADDRFAMILY;
		n_addrs = 1;
		if (strlen(node) < sizeof canon)
			strcpy(canon, node);
	} else {
		if (h->ai_flags & AI_NUMERICHOST)
			return EAI_NONAME;
		n_addrs = __hosts_by_name(node, h->ai_family, addrs, MAX_ADDRS, canon, sizeof canon);
		if (n_addrs < 0)
			return EAI_SYSTEM;   /* errno says why */
		if (!n_addrs)
			return EAI_NONAME;
	}

	struct addrinfo *head = 0, **tail = &head;
	for (int i = 0; i < n_addrs; i++)
		for (int j = 0; j < n_types; j++) {
			size_t extra = !head && h->ai_flags & AI_CANONNAME ? strlen(canon) + 1 : 0;
			struct result *r = calloc(1, sizeof *r + extra);

			if (!r) {
				__freeaddrinfo(head);
				return EAI_MEMORY;
			}
			r->ai.ai_family = addrs[i].family;
			r->ai.ai_socktype = t[j].socktype;
			r->ai.ai_protocol = t[j].protocol;
			r->ai.ai_addr = (struct sockaddr *)&r->sa;
			if (addrs[i].family == AF_INET) {
				r->ai.ai_addrlen = sizeof r->sa.v4;
				r->sa.v4.sin_family = AF_INET;
				r->sa.v4.sin_port = htons(t[j].port);
				memcpy(&r->sa.v4.sin_addr, addrs[i].addr, 4);
			} else {
				r->ai.ai_addrlen = sizeof r->sa.v6;
				r->sa.v6.sin6_family = AF_INET6;
				r->sa.v6.sin6_port = htons(t[j].port);
				r->sa.v6.sin6_scope_id = scope;
				memcpy(&r->sa.v6.sin6_addr, addrs[i].addr, 16);
			}
			if (extra)
				r->ai.ai_canonname = strcpy(r->canon, canon);
			*tail = &r->ai;
			tail = &r->ai.ai_next;
		}
	*res = head;
	return 0;
}
