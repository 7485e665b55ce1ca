/* MIPS' socket types (the kernel's arch/mips/include/asm/socket.h, not in
 * the uapi headers): datagram 1 and stream 2, swapped from every other
 * arch's (arch/generic/socktype.h), for old IRIX binaries. */
#define SOCK_DGRAM     1
#define SOCK_STREAM    2
#define SOCK_RAW       3
#define SOCK_RDM       4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP      6
#define SOCK_PACKET    10
