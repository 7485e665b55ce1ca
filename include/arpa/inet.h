/* <arpa/inet.h>: addresses between text and binary. */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H

#include <netinet/in.h>

/* "a.b.c.d" (each part decimal, octal or hex, fewer parts filling the
 * last as in BSD), INADDR_NONE if not one. */
in_addr_t inet_addr(const char *s);
/* As inet_addr, 1 on success and 0 if not an address. */
int inet_aton(const char *s, struct in_addr *addr);
/* "a.b.c.d", in a static buffer. */
char *inet_ntoa(struct in_addr addr);
/* Strict: dotted decimal for AF_INET, RFC 4291 text for AF_INET6; 1, 0
 * if not an address, -1 with EAFNOSUPPORT for another family. */
int inet_pton(int family, const char *restrict s, void *restrict addr);
/* RFC 5952 text for AF_INET6 (the longest run of zero words as "::",
 * a v4-mapped address as ::ffff:a.b.c.d); NULL with ENOSPC if it does
 * not fit, EAFNOSUPPORT for another family. */
const char *inet_ntop(int family, const void *restrict addr, char *restrict buf, socklen_t size);

#endif
