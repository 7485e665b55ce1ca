/* /etc/services: "name port/proto aliases..." per line
 * (internal/netdb.h). */
#include <stdlib.h>
#include <string.h>
#include "internal/netdb.h"

#define SERVICES "/etc/services"

/* "port/proto" in w: the port if proto matches, else -1. */
static int port_of(char *w, const char *proto)
{
	char *slash = strchr(w, '/'), *end;
	long port;

	if (!slash || strcmp(slash + 1, proto))
		return -1;
	port = strtol(w, &end, 10);
	return end == slash && port >= 0 && port <= 65535 ? (int)port : -1;
}

int __services_port(const char *name, const char *proto)
{
	struct netfile f;
	char *w[16];
	int n, port = -1;

	if (__netfile_open(&f, SERVICES))
		return -1;
	while (port < 0 && (n = __netfile_words(&f, w, 16)) >= 0) {
		int i = 0;

		if (n < 2 || port_of(w[1], proto) < 0)
			continue;
		for (i = 0; i < n && (i == 1 || strcmp(w[i], name)); i++)
			;
		if (i < n)
			port = port_of(w[1], proto);
	}
	__netfile_close(&f);
	return port;
}

int __services_name(int port, const char *proto, char *name, size_t size)
{
	struct netfile f;
	char *w[2];
	int n, r = -1;

	if (__netfile_open(&f, SERVICES))
		return -1;
	while (r && (n = __netfile_words(&f, w, 2)) >= 0)
		if (n == 2 && port_of(w[1], proto) == port && strlen(w[0]) < size) {
			strcpy(name, w[0]);
			r = 0;
		}
	__netfile_close(&f);
	return r;
}
