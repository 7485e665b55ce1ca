/* <sys/epoll.h>: epoll_create, epoll_create1, epoll_ctl, epoll_wait and
 * epoll_pwait.  EPOLL* come from the kernel's <linux/eventpoll.h>, and so
 * does the packing of struct epoll_event (packed on x86_64 only, where a
 * 32-bit kernel and a 64-bit one must agree on 12 bytes). */
#ifndef _SYS_EPOLL_H
#define _SYS_EPOLL_H

#include <stdint.h>
#include <bits/fcntl.h>     /* O_CLOEXEC, which EPOLL_CLOEXEC is */
#include <bits/epoll.h>
#include <signal.h>         /* sigset_t, for epoll_pwait */

typedef union epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
} epoll_data_t;

struct epoll_event {
	uint32_t events;
	epoll_data_t data;
} __EPOLL_PACKED;

int epoll_create(int size);
int epoll_create1(int flags);
int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event);
int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout);
int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout, const sigset_t *mask);

#endif
