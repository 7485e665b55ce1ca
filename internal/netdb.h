/* The files behind <netdb.h>, for taskrt's own sources: /etc/hosts and
 * /etc/services, read a line at a time. */
#ifndef _TASKRT_INTERNAL_NETDB_H
#define _TASKRT_INTERNAL_NETDB_H

#include <stddef.h>
#include "defs.h"

struct netfile {
	int fd;
	size_t start, end;          /* the unread bytes of buf */
	char buf[1024];
	char line[512];
};

/* Open path; 0, or -1 if it cannot be read. */
hidden int __netfile_open(struct netfile *f, const char *path);
/* The next line's words, blank-separated, without its '#' comment:
 * their count (at most max; 0 for an empty line), -1 at the end of the
 * file.  A line longer than f->line is skipped. */
hidden int __netfile_words(struct netfile *f, char **words, int max);
hidden void __netfile_close(struct netfile *f);

/* One address of a host: AF_INET or AF_INET6, network order. */
struct host_addr {
	int family;
	unsigned char addr[16];
};

/* /etc/hosts' addresses of family (or AF_UNSPEC) for name, compared
 * ignoring case: how many were written to out (at most max); the first
 * line's official name is copied to canon[canon_size].  -1 (errno set): /etc/hosts exists but
 * could not be opened (EMFILE, ENOMEM). */
hidden int __hosts_by_name(const char *name, int family, struct host_addr *out, int max,
                           char *canon, size_t canon_size);
/* /etc/hosts' first name for an address: 0, or -1 if none (or too long). */
hidden int __hosts_by_addr(int family, const void *addr, char *name, size_t size);

/* /etc/services: the port (host order) of name/proto, or -1; the first
 * name of port/proto into name[size]: 0, or -1. */
hidden int __services_port(const char *name, const char *proto);
hidden int __services_name(int port, const char *proto, char *name, size_t size);

#endif
