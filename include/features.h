/* <features.h>: which names the headers show a program.
 *
 * ISO C reserves only its own library's names; everything else belongs to
 * a program that does not ask for more.  So, as with glibc:
 *   - compiled in a strict ISO mode (-std=c99, -std=c11: the compiler
 *     defines __STRICT_ANSI__) with no feature-test macro, a program sees
 *     only ISO C names in <stdio.h>, <stdlib.h>, <string.h>, <signal.h>
 *     and <time.h>, and may define `write`, `index` or `mmap` itself;
 *   - otherwise (the compilers' default gnu modes, or any of the macros
 *     below before the first #include) it also sees POSIX and the common
 *     extensions.
 * __TASKRT_POSIX is the one switch the headers test. */
#ifndef _FEATURES_H
#define _FEATURES_H

#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_POSIX_SOURCE) \
    || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) \
    || defined(_BSD_SOURCE)
#define __TASKRT_POSIX 1
#endif

#endif
