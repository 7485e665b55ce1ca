/* The socket types' numbers, as most arches have them (the kernel's
 * include/linux/net.h; not in the uapi headers).  Copied into
 * <bits/socktype.h> by include/generate.sh, which <sys/socket.h>
 * includes; MIPS, which swaps stream and datagram, has its own. */
#define SOCK_STREAM    1
#define SOCK_DGRAM     2
#define SOCK_RAW       3
#define SOCK_RDM       4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP      6
#define SOCK_PACKET    10
