/* <netinet/tcp.h>: TCP's socket options (TCP_NODELAY, TCP_KEEPIDLE, ...),
 * from the kernel's <linux/tcp.h>. */
#ifndef _NETINET_TCP_H
#define _NETINET_TCP_H

#include <bits/tcp.h>

#endif
