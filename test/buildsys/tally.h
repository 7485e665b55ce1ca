/* libtally: the library of the build-system test project (test/cmake.sh,
 * test/meson.sh build it with CMake and Meson against taskrt). */
#ifndef TALLY_H
#define TALLY_H
#include <stddef.h>

/* The sum of v[0..n). */
long tally_sum(const long *v, size_t n);
/* Parses a decimal integer, all of s: 0 and *out set, or -1 (errno
 * EINVAL for a non-number, ERANGE out of range). */
int tally_parse(const char *s, long *out);

#endif
