/* Integer limits from the compiler's predefined macros, and the POSIX ones
 * taskrt honours. */
#ifndef _LIMITS_H
#define _LIMITS_H

#define CHAR_BIT   __CHAR_BIT__
#define SCHAR_MAX  __SCHAR_MAX__
#define SCHAR_MIN  (-SCHAR_MAX - 1)
#define UCHAR_MAX  (SCHAR_MAX * 2 + 1)
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN   0
#define CHAR_MAX   UCHAR_MAX
#else
#define CHAR_MIN   SCHAR_MIN
#define CHAR_MAX   SCHAR_MAX
#endif
#define SHRT_MAX   __SHRT_MAX__
#define SHRT_MIN   (-SHRT_MAX - 1)
#define USHRT_MAX  (SHRT_MAX * 2 + 1)
#define INT_MAX    __INT_MAX__
#define INT_MIN    (-INT_MAX - 1)
#define UINT_MAX   (INT_MAX * 2U + 1)
#define LONG_MAX   __LONG_MAX__
#define LONG_MIN   (-LONG_MAX - 1L)
#define ULONG_MAX  (LONG_MAX * 2UL + 1)
#define LLONG_MAX  __LONG_LONG_MAX__
#define LLONG_MIN  (-LLONG_MAX - 1LL)
#define ULLONG_MAX (LLONG_MAX * 2ULL + 1)
#define MB_LEN_MAX 4

#define SSIZE_MAX  __PTRDIFF_MAX__
#define PATH_MAX   4096
#define NAME_MAX   255
#define HOST_NAME_MAX 64    /* the kernel's __NEW_UTS_LEN, as in glibc */
#define TTY_NAME_MAX 32     /* as glibc */
#define NGROUPS_MAX 65536   /* the kernel's <linux/limits.h> */
#define LOGIN_NAME_MAX 256  /* as glibc */
#define PIPE_BUF   4096
#define IOV_MAX    1024
#define ATEXIT_MAX 32
#define PTHREAD_KEYS_MAX 128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 16384
#define SEM_VALUE_MAX 0x7fffffff
#include <bits/mqueue.h>  /* MQ_PRIO_MAX, the kernel's */

/* POSIX's minimums for the thread limits above.  PTHREAD_THREADS_MAX
 * is not defined, as in glibc: the kernel's limits decide. */
#define _POSIX_THREAD_KEYS_MAX 128
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_SEM_NSEMS_MAX 256
#define _POSIX_SEM_VALUE_MAX 32767

#endif
