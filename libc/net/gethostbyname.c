/* gethostbyname, gethostbyname2, gethostbyaddr: numeric addresses and
 * /etc/hosts (no DNS, see <netdb.h>), into one static struct hostent as
 * glibc's (not thread-safe); h_errno says why one failed. */
#include <netdb.h>
#include <string.h>
#include <arpa/inet.h>
#include "internal/netdb.h"
#include "internal/defs.h"

#define MAX_ADDRS 16

static _Thread_local int h_error;

weak int *__h_errno_location(void)
{
	return &h_error;
}

static struct {
	struct hostent h;
	char name[256];
	char *aliases[1];
	char *list[MAX_ADDRS + 1];
	unsigned char addr[MAX_ADDRS][16];
} result;

/* Fill result from n addresses of family, named name. */
static struct hostent *answer(const char *name, int family, const struct host_addr *a, int n)
{
	int len = family == AF_INET ? 4 : 16, k = 0;

	for (int i = 0; i < n; i++)
		if (a[i].family == family) {
			memcpy(result.addr[k], a[i].addr, len);
			result.list[k] = (char *)result.addr[k];
			k++;
		}
	if (!k) {
		h_error = HOST_NOT_FOUND;
		return 0;
	}
	result.list[k] = 0;
	result.aliases[0] = 0;
	if (result.name != name) {
		result.name[0] = 0;
		strncat(result.name, name, sizeof result.name - 1);
	}
	result.h = (struct hostent){ result.name, result.aliases, family, len, result.list };
	return &result.h;
}

/* A name of digits and dots is an IPv4 address in inet_aton's forms, as
 * in glibc; IPv6 text is inet_pton's. */
static struct hostent *lookup(const char *name, int family)
{
	struct host_addr a[MAX_ADDRS];
	int n;

	if (family != AF_INET && family != AF_INET6) {
		h_error = NO_RECOVERY;
		return 0;
	}
	if (family == AF_INET && *name && !name[strspn(name, "0123456789.")]) {
		if (name[strlen(name) - 1] == '.' || !__inet_aton(name, (struct in_addr *)a[0].addr)) {
			h_error = HOST_NOT_FOUND;
			return 0;
		}
		a[0].family = family;
		return answer(name, family, a, 1);
	}
	if (family == AF_INET6 && __inet_pton(family, name, a[0].addr) == 1) {
		a[0].family = family;
		return answer(name, family, a, 1);
	}
	n = __hosts_by_name(name, family, a, MAX_ADDRS, result.name, sizeof result.name);
	if (n < 0) {
		h_error = TRY_AGAIN;   /* /etc/hosts unreadable for now (EMFILE, ENOMEM) */
		return 0;
	}
	return answer(result.name, family, a, n);
}

weak struct hostent *gethostbyname2(const char *name, int family)
{
	return lookup(name, family);
}

weak struct hostent *gethostbyname(const char *name)
{
	return lookup(name, AF_INET);
}

weak struct hostent *gethostbyaddr(const void *addr, socklen_t len, int family)
{
	struct host_addr a = { family, { 0 } };

	if ((family != AF_INET || len != 4) && (family != AF_INET6 || len != 16)) {
		h_error = NO_RECOVERY;
		return 0;
	}
	memcpy(a.addr, addr, len);
	if (__hosts_by_addr(family, addr, result.name, sizeof result.name)) {
		h_error = HOST_NOT_FOUND;
		return 0;
	}
	return answer(result.name, family, &a, 1);
}

weak const char *hstrerror(int code)
{
	switch (code) {
	case 0: return "Resolver Error 0 (no error)";
	case HOST_NOT_FOUND: return "Unknown host";
	case TRY_AGAIN: return "Host name lookup failure";
	case NO_RECOVERY: return "Unknown server error";
	case NO_DATA: return "No address associated with name";
	}
	return "Unknown resolver error";
}
