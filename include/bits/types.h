/* The basic POSIX types, the same on every architecture taskrt supports:
 * sizes follow the compiler's own (size_t, long) and time and file offsets
 * are 64-bit everywhere, 32-bit arches included. */
#ifndef _TASKRT_BITS_TYPES_H
#define _TASKRT_BITS_TYPES_H

typedef __SIZE_TYPE__    size_t;
typedef __PTRDIFF_TYPE__ ssize_t;
typedef long long        off_t;
typedef int              pid_t;
typedef unsigned         uid_t;
typedef unsigned         gid_t;
typedef unsigned         id_t;
typedef unsigned         mode_t;
typedef long long        time_t;
typedef long long        suseconds_t;
typedef unsigned         useconds_t;
typedef int              clockid_t;
typedef long             clock_t;       /* clock ticks: a long, as the kernel's */
typedef unsigned long    sigset_word_t;
/* File identity and sizes: 64-bit everywhere, filled from statx. */
typedef unsigned long long dev_t;
typedef unsigned long long ino_t;
typedef unsigned long    nlink_t;
typedef long             blksize_t;
typedef long long        blkcnt_t;
typedef unsigned long long fsblkcnt_t;   /* statvfs: 64-bit everywhere */
typedef unsigned long long fsfilcnt_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

#endif
