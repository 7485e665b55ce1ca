/* <sys/types.h>: the POSIX types (bits/types.h), and the BSD and System V
 * names glibc adds by default (_DEFAULT_SOURCE), which old network and
 * systems code still spells: u_int32_t, u_char, caddr_t, quad_t, ... */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <features.h>
#include <bits/types.h>

#ifdef __TASKRT_POSIX
typedef int key_t;                 /* SysV IPC keys (ftok) */
typedef long long loff_t;          /* the kernel's 64-bit offset */
typedef unsigned long long ino64_t;
typedef long long off64_t;
typedef struct {
	int __val[2];
} fsid_t;

/* BSD's unsigned names. */
typedef unsigned char  u_char;
typedef unsigned short u_short;
typedef unsigned int   u_int;
typedef unsigned long  u_long;
typedef long long          quad_t;
typedef unsigned long long u_quad_t;
typedef char *caddr_t;
typedef int daddr_t;
typedef long register_t;
typedef unsigned short ushort;     /* System V */
typedef unsigned int   uint;
typedef unsigned long  ulong;

/* Exact-width integers under their old BSD names, and the signed ones
 * that <sys/types.h> has always carried (as <stdint.h> spells them). */
typedef __INT8_TYPE__   int8_t;
typedef __INT16_TYPE__  int16_t;
typedef __INT32_TYPE__  int32_t;
typedef __INT64_TYPE__  int64_t;
typedef __UINT8_TYPE__  u_int8_t;
typedef __UINT16_TYPE__ u_int16_t;
typedef __UINT32_TYPE__ u_int32_t;
typedef __UINT64_TYPE__ u_int64_t;
#endif

/* As in glibc: fd_set, the FD_* macros and select come with it. */
#ifdef __TASKRT_POSIX
#include <sys/select.h>
#endif

#endif
