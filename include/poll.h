/* <poll.h>: poll and ppoll, over the kernel's ppoll (ppoll_time64 on
 * 32-bit arches): aarch64 and riscv64 have no poll.  POLL* come from the
 * kernel's <asm/poll.h>. */
#ifndef _POLL_H
#define _POLL_H

#include <features.h>

#include <bits/types.h>
#include <bits/timespec.h>
#include <bits/poll.h>
#include <signal.h>         /* sigset_t, for ppoll */

typedef unsigned long nfds_t;

struct pollfd {
	int fd;
	short events;
	short revents;
};

int poll(struct pollfd *fds, nfds_t n, int timeout);
#ifdef __TASKRT_GNU
int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout, const sigset_t *mask);
#endif

#endif
