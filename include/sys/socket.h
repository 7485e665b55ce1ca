/* <sys/socket.h>: sockets.  SOL_SOCKET, SO_* and SCM_TIMESTAMP* come from
 * the kernel's <asm/socket.h>; the address families, socket types, MSG_*
 * flags and SCM_RIGHTS/SCM_CREDENTIALS live only in the kernel's own
 * <linux/socket.h> and <linux/net.h>, not in its uapi headers, so they are
 * spelt here with the values every Linux architecture shares (glibc does
 * the same). */
#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#include <features.h>
#include <bits/types.h>
#include <bits/fcntl.h>     /* O_CLOEXEC, O_NONBLOCK: SOCK_CLOEXEC, SOCK_NONBLOCK */
#include <bits/socket.h>
#include <bits/timespec.h>  /* recvmmsg's timeout */
#include <sys/uio.h>        /* struct iovec */

typedef unsigned socklen_t;
#ifndef __TASKRT_SA_FAMILY_T
#define __TASKRT_SA_FAMILY_T
typedef unsigned short sa_family_t;
#endif

struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/* Large and aligned enough for any address the kernel knows (its
 * __kernel_sockaddr_storage: 128 bytes). */
struct sockaddr_storage {
	sa_family_t ss_family;
	char __ss_padding[128 - sizeof(sa_family_t) - sizeof(unsigned long)];
	unsigned long __ss_align;
};

struct msghdr {
	void *msg_name;             /* the peer's address, or NULL */
	socklen_t msg_namelen;
	struct iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;          /* ancillary data: a run of cmsghdrs */
	size_t msg_controllen;
	int msg_flags;
};

struct cmsghdr {
	size_t cmsg_len;            /* header and data, unpadded */
	int cmsg_level;
	int cmsg_type;
};

struct mmsghdr {
	struct msghdr msg_hdr;
	unsigned msg_len;
};

struct linger {
	int l_onoff;
	int l_linger;
};

/* SCM_CREDENTIALS' data and SO_PEERCRED's answer. */
struct ucred {
	pid_t pid;
	uid_t uid;
	gid_t gid;
};

/* Each cmsghdr and its data start at a multiple of sizeof(size_t). */
#define CMSG_ALIGN(len) (((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_DATA(c)    ((unsigned char *)((struct cmsghdr *)(c) + 1))
#define CMSG_SPACE(len) (CMSG_ALIGN(len) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(len)   (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_FIRSTHDR(m) ((size_t)(m)->msg_controllen >= sizeof(struct cmsghdr) \
	? (struct cmsghdr *)(m)->msg_control : (struct cmsghdr *)0)
#define CMSG_NXTHDR(m, c) __cmsg_nxthdr(m, c)

/* The header after c, or NULL if c is malformed or no whole header (and
 * the data its length claims) fits in what is left of the buffer. */
struct cmsghdr *__cmsg_nxthdr(struct msghdr *m, struct cmsghdr *c);

#define SCM_RIGHTS      1
#define SCM_CREDENTIALS 2

#include <bits/socktype.h>  /* SOCK_STREAM, SOCK_DGRAM, ...: the arch's numbers */
#define SOCK_CLOEXEC   O_CLOEXEC
#define SOCK_NONBLOCK  O_NONBLOCK

#define AF_UNSPEC     0
#define AF_UNIX       1
#define AF_LOCAL      AF_UNIX
#define AF_FILE       AF_UNIX
#define AF_INET       2
#define AF_AX25       3
#define AF_IPX        4
#define AF_APPLETALK  5
#define AF_NETROM     6
#define AF_BRIDGE     7
#define AF_ATMPVC     8
#define AF_X25        9
#define AF_INET6      10
#define AF_ROSE       11
#define AF_DECnet     12
#define AF_NETBEUI    13
#define AF_SECURITY   14
#define AF_KEY        15
#define AF_NETLINK    16
#define AF_ROUTE      AF_NETLINK
#define AF_PACKET     17
#define AF_ASH        18
#define AF_ECONET     19
#define AF_ATMSVC     20
#define AF_RDS        21
#define AF_SNA        22
#define AF_IRDA       23
#define AF_PPPOX      24
#define AF_WANPIPE    25
#define AF_LLC        26
#define AF_IB         27
#define AF_MPLS       28
#define AF_CAN        29
#define AF_TIPC       30
#define AF_BLUETOOTH  31
#define AF_IUCV       32
#define AF_RXRPC      33
#define AF_ISDN       34
#define AF_PHONET     35
#define AF_IEEE802154 36
#define AF_CAIF       37
#define AF_ALG        38
#define AF_NFC        39
#define AF_VSOCK      40
#define AF_KCM        41
#define AF_QIPCRTR    42
#define AF_SMC        43
#define AF_XDP        44
#define AF_MCTP       45
#define AF_MAX        46

#define PF_UNSPEC    AF_UNSPEC
#define PF_UNIX      AF_UNIX
#define PF_LOCAL     AF_LOCAL
#define PF_FILE      AF_FILE
#define PF_INET      AF_INET
#define PF_INET6     AF_INET6
#define PF_NETLINK   AF_NETLINK
#define PF_ROUTE     AF_ROUTE
#define PF_PACKET    AF_PACKET
#define PF_KEY       AF_KEY
#define PF_BLUETOOTH AF_BLUETOOTH
#define PF_CAN       AF_CAN
#define PF_ALG       AF_ALG
#define PF_VSOCK     AF_VSOCK
#define PF_XDP       AF_XDP
#define PF_MAX       AF_MAX

/* Option levels beside SOL_SOCKET: the protocol numbers, as the kernel
 * takes them. */
#define SOL_IP      0
#define SOL_TCP     6
#define SOL_UDP     17
#define SOL_IPV6    41
#define SOL_ICMPV6  58
#define SOL_RAW     255
#define SOL_PACKET  263
#define SOL_NETLINK 270
#define SOL_ALG     279

#define MSG_OOB          0x1
#define MSG_PEEK         0x2
#define MSG_DONTROUTE    0x4
#define MSG_CTRUNC       0x8
#define MSG_PROXY        0x10
#define MSG_TRUNC        0x20
#define MSG_DONTWAIT     0x40
#define MSG_EOR          0x80
#define MSG_WAITALL      0x100
#define MSG_FIN          0x200
#define MSG_SYN          0x400
#define MSG_CONFIRM      0x800
#define MSG_RST          0x1000
#define MSG_ERRQUEUE     0x2000
#define MSG_NOSIGNAL     0x4000
#define MSG_MORE         0x8000
#define MSG_WAITFORONE   0x10000
#define MSG_BATCH        0x40000
#define MSG_ZEROCOPY     0x4000000
#define MSG_FASTOPEN     0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

#define SHUT_RD   0
#define SHUT_WR   1
#define SHUT_RDWR 2

/* The kernel's default net.core.somaxconn since 5.4, and glibc's. */
#define SOMAXCONN 4096

int socket(int domain, int type, int protocol);
int socketpair(int domain, int type, int protocol, int fds[2]);
int bind(int fd, const struct sockaddr *addr, socklen_t len);
int listen(int fd, int backlog);
int accept(int fd, struct sockaddr *restrict addr, socklen_t *restrict len);
#ifdef __TASKRT_GNU
int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags);
#endif
int connect(int fd, const struct sockaddr *addr, socklen_t len);
int shutdown(int fd, int how);
int getsockname(int fd, struct sockaddr *restrict addr, socklen_t *restrict len);
int getpeername(int fd, struct sockaddr *restrict addr, socklen_t *restrict len);
int getsockopt(int fd, int level, int name, void *restrict value, socklen_t *restrict len);
int setsockopt(int fd, int level, int name, const void *value, socklen_t len);
ssize_t send(int fd, const void *buf, size_t n, int flags);
ssize_t recv(int fd, void *buf, size_t n, int flags);
ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr, socklen_t len);
ssize_t recvfrom(int fd, void *restrict buf, size_t n, int flags, struct sockaddr *restrict addr, socklen_t *restrict len);
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags);
ssize_t recvmsg(int fd, struct msghdr *msg, int flags);
#ifdef __TASKRT_GNU
int sendmmsg(int fd, struct mmsghdr *msgs, unsigned n, int flags);
int recvmmsg(int fd, struct mmsghdr *msgs, unsigned n, int flags, struct timespec *timeout);
#endif
/* 1 if the next byte to read is the out-of-band mark, else 0. */
int sockatmark(int fd);

#endif
