/* <sys/pidfd.h>: processes by file descriptor. */
#ifndef _SYS_PIDFD_H
#define _SYS_PIDFD_H

#include <bits/types.h>
#include <bits/fcntl.h>
#include <bits/pidfd.h>     /* PIDFD_NONBLOCK: <linux/pidfd.h> */
#include <signal.h>

int pidfd_open(pid_t pid, unsigned flags);
/* info may be NULL (then as kill does); flags must be 0. */
int pidfd_send_signal(int pidfd, int sig, siginfo_t *info, unsigned flags);
/* A copy, in this process, of the target's descriptor targetfd. */
int pidfd_getfd(int pidfd, int targetfd, unsigned flags);

#endif
