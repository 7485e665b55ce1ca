/* <sys/select.h>: select and pselect, over the kernel's pselect6
 * (pselect6_time64 on 32-bit arches): aarch64 and riscv64 have no select. */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <bits/types.h>
#include <bits/timespec.h>
#include <bits/timeval.h>
#include <signal.h>         /* sigset_t, which POSIX lets this header show */

#define FD_SETSIZE 1024

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;

#define __FD_WORD(fd) ((unsigned)(fd) / (8 * sizeof(long)))
#define __FD_BIT(fd)  (1UL << ((unsigned)(fd) % (8 * sizeof(long))))
#define FD_ZERO(s)     ((void)__builtin_memset((s), 0, sizeof(fd_set)))
#define FD_SET(fd, s)  ((void)((s)->fds_bits[__FD_WORD(fd)] |= __FD_BIT(fd)))
#define FD_CLR(fd, s)  ((void)((s)->fds_bits[__FD_WORD(fd)] &= ~__FD_BIT(fd)))
#define FD_ISSET(fd, s) (((s)->fds_bits[__FD_WORD(fd)] & __FD_BIT(fd)) != 0)

int select(int n, fd_set *restrict rfds, fd_set *restrict wfds, fd_set *restrict efds,
           struct timeval *restrict timeout);
int pselect(int n, fd_set *restrict rfds, fd_set *restrict wfds, fd_set *restrict efds,
            const struct timespec *restrict timeout, const sigset_t *restrict mask);

#endif
