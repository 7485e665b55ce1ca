/* <sys/eventfd.h>: a 64-bit counter behind a file descriptor, for waking
 * a thread or process through poll and read. */
#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H

#include <stdint.h>
#include <bits/fcntl.h>

typedef uint64_t eventfd_t;

/* The kernel's own flags (its include/linux/eventfd.h; no uapi header
 * carries them): a read takes 1, not the whole count; and the usual two. */
#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC   O_CLOEXEC
#define EFD_NONBLOCK  O_NONBLOCK

int eventfd(unsigned count, int flags);
/* 0, or -1 and errno: one read or write of the 8-byte counter. */
int eventfd_read(int fd, eventfd_t *value);
int eventfd_write(int fd, eventfd_t value);

#endif
