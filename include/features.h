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
 *   - GNU extensions (memmem, pipe2, the _np functions, CPU_SET, ...) need
 *     _GNU_SOURCE, and the X/Open ones (ptsname, strptime, wcwidth, ...)
 *     _XOPEN_SOURCE or _GNU_SOURCE, as in glibc, whose default (no macro:
 *     _DEFAULT_SOURCE) shows neither; so a program that defines its own
 *     memmem builds with taskrt as it does with glibc.
 * __TASKRT_POSIX, __TASKRT_XOPEN and __TASKRT_GNU are the switches the
 * headers test; taskrt's own sources are built with _GNU_SOURCE. */
#ifndef _FEATURES_H
#define _FEATURES_H

#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_POSIX_SOURCE) \
    || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) \
    || defined(_BSD_SOURCE)
#define __TASKRT_POSIX 1
#endif
#if defined(_GNU_SOURCE) || defined(_XOPEN_SOURCE)
#define __TASKRT_XOPEN 1
#endif
#ifdef _GNU_SOURCE
#define __TASKRT_GNU 1
#endif

#endif
