#ifndef _INTTYPES_H
#define _INTTYPES_H

#include <stdint.h>

#if __INT64_MAX__ == __LONG_MAX__
#define __PRI64 "l"
#else
#define __PRI64 "ll"
#endif
#if __INTPTR_MAX__ == __LONG_MAX__
#define __PRIPTR "l"
#else
#define __PRIPTR ""
#endif

#define PRId8  "d"
#define PRId16 "d"
#define PRId32 "d"
#define PRId64 __PRI64 "d"
#define PRIi64 __PRI64 "i"
#define PRIu8  "u"
#define PRIu16 "u"
#define PRIu32 "u"
#define PRIu64 __PRI64 "u"
#define PRIx32 "x"
#define PRIx64 __PRI64 "x"
#define PRIX64 __PRI64 "X"
#define PRIo64 __PRI64 "o"
#define PRIdMAX "jd"
#define PRIuMAX "ju"
#define PRIxMAX "jx"
#define PRIdPTR __PRIPTR "d"
#define PRIuPTR __PRIPTR "u"
#define PRIxPTR __PRIPTR "x"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base);
uintmax_t strtoumax(const char *restrict s, char **restrict end, int base);

#endif
