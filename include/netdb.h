/* <netdb.h>: getaddrinfo, getnameinfo, freeaddrinfo, gai_strerror, and
 * the older gethostbyname, gethostbyname2, gethostbyaddr, getservbyname
 * and getservbyport (their results in static storage, as in glibc).
 *
 * taskrt has no DNS resolver: a host is a numeric address or a name in
 * /etc/hosts, a service a port number or a name in /etc/services.  Any
 * other host name is EAI_NONAME (what glibc answers when no name server
 * knows it). */
#ifndef _NETDB_H
#define _NETDB_H

#include <features.h>
#include <sys/socket.h>
#include <netinet/in.h>

struct addrinfo {
	int ai_flags;
	int ai_family;
	int ai_socktype;
	int ai_protocol;
	socklen_t ai_addrlen;
	struct sockaddr *ai_addr;
	char *ai_canonname;         /* the first result's, with AI_CANONNAME */
	struct addrinfo *ai_next;
};

#define AI_PASSIVE     0x0001   /* no host: the wildcard address, for bind */
#define AI_CANONNAME   0x0002
#define AI_NUMERICHOST 0x0004
#define AI_V4MAPPED    0x0008
#define AI_ALL         0x0010
#define AI_ADDRCONFIG  0x0020   /* accepted; every family is taken as configured */
#define AI_NUMERICSERV 0x0400

#define EAI_BADFLAGS   -1
#define EAI_NONAME     -2
#define EAI_AGAIN      -3
#define EAI_FAIL       -4
#define EAI_NODATA     -5
#define EAI_FAMILY     -6
#define EAI_SOCKTYPE   -7
#define EAI_SERVICE    -8
#define EAI_ADDRFAMILY -9
#define EAI_MEMORY     -10
#define EAI_SYSTEM     -11
#define EAI_OVERFLOW   -12

#define NI_NUMERICHOST 1
#define NI_NUMERICSERV 2
#define NI_NOFQDN      4
#define NI_NAMEREQD    8
#define NI_DGRAM       16
#define NI_MAXHOST     1025
#define NI_MAXSERV     32

int getaddrinfo(const char *restrict node, const char *restrict service,
                const struct addrinfo *restrict hints, struct addrinfo **restrict res);
void freeaddrinfo(struct addrinfo *ai);
const char *gai_strerror(int code);
int getnameinfo(const struct sockaddr *restrict addr, socklen_t len, char *restrict host, socklen_t hostlen,
                char *restrict serv, socklen_t servlen, int flags);

/* gethostby*'s answer. */
struct hostent {
	char *h_name;               /* the official name */
	char **h_aliases;           /* NULL-terminated */
	int h_addrtype;             /* AF_INET or AF_INET6 */
	int h_length;               /* 4 or 16 */
	char **h_addr_list;         /* NULL-terminated, network order */
};
#define h_addr h_addr_list[0]

/* getservby*'s answer. */
struct servent {
	char *s_name;
	char **s_aliases;           /* NULL-terminated */
	int s_port;                 /* network order */
	char *s_proto;
};

/* Why gethostby* said NULL (per thread). */
int *__h_errno_location(void);
#define h_errno (*__h_errno_location())
#define HOST_NOT_FOUND 1
#define TRY_AGAIN      2
#define NO_RECOVERY    3
#define NO_DATA        4
#define NO_ADDRESS     NO_DATA

struct hostent *gethostbyname(const char *name);
struct hostent *gethostbyname2(const char *name, int family);
struct hostent *gethostbyaddr(const void *addr, socklen_t len, int family);
const char *hstrerror(int code);
struct servent *getservbyname(const char *name, const char *proto);
struct servent *getservbyport(int port, const char *proto);

#endif
