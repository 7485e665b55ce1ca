/* /etc/hosts: "address name aliases..." per line (internal/netdb.h). */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <arpa/inet.h>
#include "internal/netdb.h"

#define HOSTS "/etc/hosts"

static int same_name(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if ((*a | (*a >= 'A' && *a <= 'Z' ? 32 : 0)) != (*b | (*b >= 'A' && *b <= 'Z' ? 32 : 0)))
			return 0;
	return *a == *b;
}

/* words[0] as an address: its family, or 0 if it is none. */
static int parse(const char *s, unsigned char addr[16])
{
	if (__inet_pton(AF_INET, s, addr) == 1)
		return AF_INET;
	if (__inet_pton(AF_INET6, s, addr) == 1)
		return AF_INET6;
	return 0;
}

/* No /etc/hosts (or none we may read) is an empty one; any other failure
 * to open it (EMFILE, ENFILE, ENOMEM) is the caller's system error, as in
 * musl: "not found" would be a wrong answer, not a failure. */
static int open_hosts(struct netfile *f)
{
	if (__netfile_open(f, HOSTS) == 0)
		return 0;
	return errno == ENOENT || errno == ENOTDIR || errno == EACCES ? 1 : -1;
}

/* The addresses of name: how many, or -1 (errno set) if /etc/hosts
 * could not be read. */
int __hosts_by_name(const char *name, int family, struct host_addr *out, int max,
                    char *canon, size_t canon_size)
{
	struct netfile f;
	char *w[16];
	int n, found = 0;

	if ((n = open_hosts(&f)))
		return n < 0 ? -1 : 0;
	while (found < max && (n = __netfile_words(&f, w, 16)) >= 0) {
		int i, af;

		for (i = 1; i < n && !same_name(w[i], name); i++)
			;
		if (n < 2 || i == n || !(af = parse(w[0], out[found].addr)))
			continue;
		if (family != AF_UNSPEC && af != family)
			continue;
		if (!found && canon && strlen(w[1]) < canon_size)
			strcpy(canon, w[1]);
		out[found++].family = af;
	}
	__netfile_close(&f);
	return found;
}

int __hosts_by_addr(int family, const void *addr, char *name, size_t size)
{
	struct netfile f;
	unsigned char a[16];
	char *w[2];
	int n, r = -1;

	if (__netfile_open(&f, HOSTS))
		return -1;
	while (r && (n = __netfile_words(&f, w, 2)) >= 0)
		if (n == 2 && parse(w[0], a) == family
		    && !memcmp(a, addr, family == AF_INET ? 4 : 16) && strlen(w[1]) < size) {
			strcpy(name, w[1]);
			r = 0;
		}
	__netfile_close(&f);
	return r;
}
