/* <arpa/inet.h> as taskrt's own sources see it: the public header, and
 * the hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_ARPA_INET_H
#define _TASKRT_WRAP_ARPA_INET_H

#include_next <arpa/inet.h>
#include "internal/defs.h"

hidden int __inet_aton(const char *s, struct in_addr *addr);
hidden int __inet_pton(int family, const char *restrict s, void *restrict addr);
hidden const char *__inet_ntop(int family, const void *restrict addr, char *restrict buf, socklen_t size);

#endif
