/* <netdb.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_NETDB_H
#define _TASKRT_WRAP_NETDB_H

#include_next <netdb.h>
#include "internal/defs.h"

hidden void __freeaddrinfo(struct addrinfo *ai);

#endif
