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
#include <bits/stack_min.h>  /* the arch's, as glibc's */
#define PTHREAD_STACK_MIN __TASKRT_STACK_MIN
#define SEM_VALUE_MAX 0x7fffffff
#include <bits/mqueue.h>  /* MQ_PRIO_MAX, the kernel's */

/* POSIX's minimums for the thread limits above.  PTHREAD_THREADS_MAX
 * is not defined, as in glibc: the kernel's limits decide. */
#define _POSIX_THREAD_KEYS_MAX 128
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_SEM_NSEMS_MAX 256
#define _POSIX_SEM_VALUE_MAX 32767

/* --- POSIX limits, as glibc states them ---------------------------- */
#include <features.h>
#ifdef __TASKRT_POSIX
/* The least every POSIX system allows. */
#define _POSIX_AIO_LISTIO_MAX     2
#define _POSIX_AIO_MAX            1
#define _POSIX_ARG_MAX            4096
#define _POSIX_CHILD_MAX          25
#define _POSIX_CLOCKRES_MIN       20000000
#define _POSIX_DELAYTIMER_MAX     32
#define _POSIX_HOST_NAME_MAX      255
#define _POSIX_LINK_MAX           8
#define _POSIX_LOGIN_NAME_MAX     9
#define _POSIX_MAX_CANON          255
#define _POSIX_MAX_INPUT          255
#define _POSIX_MQ_OPEN_MAX        8
#define _POSIX_MQ_PRIO_MAX        32
#define _POSIX_NAME_MAX           14
#define _POSIX_NGROUPS_MAX        8
#define _POSIX_OPEN_MAX           20
#define _POSIX_PATH_MAX           256
#define _POSIX_PIPE_BUF           512
#define _POSIX_RE_DUP_MAX         255
#define _POSIX_RTSIG_MAX          8
#define _POSIX_SEM_NSEMS_MAX      256
#define _POSIX_SEM_VALUE_MAX      32767
#define _POSIX_SIGQUEUE_MAX       32
#define _POSIX_SSIZE_MAX          32767
#define _POSIX_STREAM_MAX         8
#define _POSIX_SYMLINK_MAX        255
#define _POSIX_SYMLOOP_MAX        8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX    128
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_TIMER_MAX          32
#define _POSIX_TTY_NAME_MAX       9
#define _POSIX_TZNAME_MAX         6
#define _POSIX2_BC_BASE_MAX       99
#define _POSIX2_BC_DIM_MAX        2048
#define _POSIX2_BC_SCALE_MAX      99
#define _POSIX2_BC_STRING_MAX     1000
#define _POSIX2_CHARCLASS_NAME_MAX 14
#define _POSIX2_COLL_WEIGHTS_MAX  2
#define _POSIX2_EXPR_NEST_MAX     32
#define _POSIX2_LINE_MAX          2048
#define _POSIX2_RE_DUP_MAX        255
#define _XOPEN_IOV_MAX            16
#define _XOPEN_NAME_MAX           255
#define _XOPEN_PATH_MAX           1024

/* This system's limits (sysconf tells those that vary at run time). */
#define NGROUPS_MAX        65536          /* the kernel's */
#define MAX_CANON          255
#define MAX_INPUT          255
#define XATTR_NAME_MAX     255
#define XATTR_SIZE_MAX     65536
#define XATTR_LIST_MAX     65536
#define RTSIG_MAX          32
#define AIO_PRIO_DELTA_MAX 20
#define DELAYTIMER_MAX     2147483647
#define TTY_NAME_MAX       32
#define LOGIN_NAME_MAX     256
#define MQ_PRIO_MAX        32768
#define BC_BASE_MAX        _POSIX2_BC_BASE_MAX
#define BC_DIM_MAX         _POSIX2_BC_DIM_MAX
#define BC_SCALE_MAX       _POSIX2_BC_SCALE_MAX
#define BC_STRING_MAX      _POSIX2_BC_STRING_MAX
#define COLL_WEIGHTS_MAX   255
#define EXPR_NEST_MAX      _POSIX2_EXPR_NEST_MAX
#define LINE_MAX           _POSIX2_LINE_MAX
#define CHARCLASS_NAME_MAX 2048
#define RE_DUP_MAX         0x7fff
#define LONG_BIT           (__SIZEOF_LONG__ * 8)
#define WORD_BIT           32
#define NZERO              20
#define NL_ARGMAX          4096
#define NL_LANGMAX         2048
#define NL_MSGMAX          INT_MAX
#define NL_NMAX            INT_MAX
#define NL_SETMAX          INT_MAX
#define NL_TEXTMAX         INT_MAX
#endif
/* --- end of POSIX limits ------------------------------------------- */

#endif
