/* <sys/timerfd.h>: timers whose expiries are read from a file descriptor
 * (8 bytes: how many expiries since the last read). */
#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H

#include <time.h>
#include <bits/fcntl.h>
#include <bits/timerfd.h>   /* TFD_*: <linux/timerfd.h> */

int timerfd_create(clockid_t clock, int flags);
int timerfd_settime(int fd, int flags, const struct itimerspec *new_value, struct itimerspec *old_value);
int timerfd_gettime(int fd, struct itimerspec *value);

#endif
