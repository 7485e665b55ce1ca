/* <time.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_TIME_H
#define _TASKRT_WRAP_TIME_H

#include_next <time.h>
#include "internal/defs.h"

hidden int __clock_gettime(clockid_t clock, struct timespec *ts);
hidden int __clock_nanosleep(clockid_t clock, int flags, const struct timespec *request, struct timespec *remain);
hidden struct tm *__gmtime_r(const time_t *restrict t, struct tm *restrict tm);
hidden int __nanosleep(const struct timespec *request, struct timespec *remain);
hidden time_t __timegm(struct tm *tm);

#endif
