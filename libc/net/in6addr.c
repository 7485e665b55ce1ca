/* The IPv6 wildcard and loopback addresses, as objects. */
#include <netinet/in.h>
#include "internal/defs.h"

weak const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
weak const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;
