/* <netinet/in.h>: IPv4 and IPv6 addresses.  IP_*, IPV6_* and MCAST_* come
 * from the kernel's <linux/in.h> and <linux/in6.h>; IPPROTO_* are an enum
 * there, so they are spelt here with the kernel's values (the IANA
 * protocol numbers). */
#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <features.h>
#include <stdint.h>
#include <sys/socket.h>
#include <bits/in.h>
#include <bits/in6.h>

typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

struct in_addr {
	in_addr_t s_addr;           /* network byte order */
};

struct in6_addr {
	union {
		uint8_t __u6_addr8[16];
		uint16_t __u6_addr16[8];
		uint32_t __u6_addr32[4];
	} __in6_u;
};
#define s6_addr   __in6_u.__u6_addr8
#define s6_addr16 __in6_u.__u6_addr16
#define s6_addr32 __in6_u.__u6_addr32

struct sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;         /* network byte order */
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

struct sockaddr_in6 {
	sa_family_t sin6_family;
	in_port_t sin6_port;        /* network byte order */
	uint32_t sin6_flowinfo;
	struct in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

struct ip_mreq {
	struct in_addr imr_multiaddr;
	struct in_addr imr_interface;
};

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	unsigned ipv6mr_interface;
};

#define IPPROTO_IP       0
#define IPPROTO_HOPOPTS  0
#define IPPROTO_ICMP     1
#define IPPROTO_IGMP     2
#define IPPROTO_IPIP     4
#define IPPROTO_TCP      6
#define IPPROTO_EGP      8
#define IPPROTO_PUP      12
#define IPPROTO_UDP      17
#define IPPROTO_IDP      22
#define IPPROTO_TP       29
#define IPPROTO_DCCP     33
#define IPPROTO_IPV6     41
#define IPPROTO_ROUTING  43
#define IPPROTO_FRAGMENT 44
#define IPPROTO_RSVP     46
#define IPPROTO_GRE      47
#define IPPROTO_ESP      50
#define IPPROTO_AH       51
#define IPPROTO_ICMPV6   58
#define IPPROTO_NONE     59
#define IPPROTO_DSTOPTS  60
#define IPPROTO_MTP      92
#define IPPROTO_BEETPH   94
#define IPPROTO_ENCAP    98
#define IPPROTO_PIM      103
#define IPPROTO_COMP     108
#define IPPROTO_L2TP     115
#define IPPROTO_SCTP     132
#define IPPROTO_MH       135
#define IPPROTO_UDPLITE  136
#define IPPROTO_MPLS     137
#define IPPROTO_ETHERNET 143
#define IPPROTO_RAW      255
#define IPPROTO_MPTCP    262
#define IPPROTO_MAX      263

#define INADDR_ANY       ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE      ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK  ((in_addr_t)0x7f000001)
#define IN_LOOPBACKNET   127
#define IPPORT_RESERVED  1024

#define INET_ADDRSTRLEN  16
#define INET6_ADDRSTRLEN 46

#define IN6ADDR_ANY_INIT      { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0 } } }
#define IN6ADDR_LOOPBACK_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1 } } }
extern const struct in6_addr in6addr_any, in6addr_loopback;

/* Byte order: the network's is big-endian. */
uint32_t htonl(uint32_t x);
uint16_t htons(uint16_t x);
uint32_t ntohl(uint32_t x);
uint16_t ntohs(uint16_t x);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define htonl(x) __builtin_bswap32(x)
#define htons(x) __builtin_bswap16(x)
#else
#define htonl(x) ((uint32_t)(x))
#define htons(x) ((uint16_t)(x))
#endif
#define ntohl(x) htonl(x)
#define ntohs(x) htons(x)

/* Address classes, on an address in network byte order (a is a const
 * struct in6_addr *). */
#define __IN6_W(a, i) (((const struct in6_addr *)(a))->__in6_u.__u6_addr32[i])
#define __IN6_B(a, i) (((const struct in6_addr *)(a))->__in6_u.__u6_addr8[i])
#define IN6_IS_ADDR_UNSPECIFIED(a) (!__IN6_W(a, 0) && !__IN6_W(a, 1) && !__IN6_W(a, 2) && !__IN6_W(a, 3))
#define IN6_IS_ADDR_LOOPBACK(a) (!__IN6_W(a, 0) && !__IN6_W(a, 1) && !__IN6_W(a, 2) && __IN6_W(a, 3) == htonl(1))
#define IN6_IS_ADDR_MULTICAST(a) (__IN6_B(a, 0) == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) (__IN6_B(a, 0) == 0xfe && (__IN6_B(a, 1) & 0xc0) == 0x80)
#define IN6_IS_ADDR_SITELOCAL(a) (__IN6_B(a, 0) == 0xfe && (__IN6_B(a, 1) & 0xc0) == 0xc0)
#define IN6_IS_ADDR_V4MAPPED(a) (!__IN6_W(a, 0) && !__IN6_W(a, 1) && __IN6_W(a, 2) == htonl(0xffff))
#define IN6_IS_ADDR_V4COMPAT(a) (!__IN6_W(a, 0) && !__IN6_W(a, 1) && !__IN6_W(a, 2) && ntohl(__IN6_W(a, 3)) > 1)
#define IN6_ARE_ADDR_EQUAL(a, b) (__IN6_W(a, 0) == __IN6_W(b, 0) && __IN6_W(a, 1) == __IN6_W(b, 1) \
	&& __IN6_W(a, 2) == __IN6_W(b, 2) && __IN6_W(a, 3) == __IN6_W(b, 3))
#define IN6_IS_ADDR_MC_NODELOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x1)
#define IN6_IS_ADDR_MC_LINKLOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x2)
#define IN6_IS_ADDR_MC_SITELOCAL(a) (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x5)
#define IN6_IS_ADDR_MC_ORGLOCAL(a)  (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0x8)
#define IN6_IS_ADDR_MC_GLOBAL(a)    (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0xf) == 0xe)

#endif
