/* The one integer parser behind strtol, strtoul, strtoll, strtoull,
 * strtoimax, strtoumax and the ato* functions. */
#ifndef _TASKRT_INTERNAL_STRTOX_H
#define _TASKRT_INTERNAL_STRTOX_H

#include "defs.h"
/* Parse like strtoull, clamping to the result type of the caller:
 *   max        the type's largest value (LONG_MAX, ULONG_MAX, ...)
 *   is_signed  1 for signed types: "-" then reaches -(max + 1);
 *              0 for unsigned ones: "-x" gives the negation of x
 * Returns the result's bits; the caller converts them to its type. */
hidden unsigned long long __strtox(const char *s, char **end, int base,
                            unsigned long long max, int is_signed);

#endif
