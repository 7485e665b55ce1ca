/* <sys/un.h>: AF_UNIX addresses.  A sun_path starting with a NUL byte is
 * an abstract name (Linux): its length is what the address length says. */
#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <features.h>

#ifndef __TASKRT_SA_FAMILY_T
#define __TASKRT_SA_FAMILY_T
typedef unsigned short sa_family_t;
#endif

struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[108];         /* the kernel's UNIX_PATH_MAX */
};

#ifdef __TASKRT_POSIX
#include <string.h>
/* The length of an address whose sun_path is a C string. */
#define SUN_LEN(a) (__builtin_offsetof(struct sockaddr_un, sun_path) + strlen((a)->sun_path))
#endif

#endif
