#ifndef _FCNTL_H
#define _FCNTL_H

#include <bits/types.h>
#include <bits/fcntl.h>     /* O_*, F_*, AT_*: from the kernel's <linux/fcntl.h> */

#ifndef O_LARGEFILE
#define O_LARGEFILE 0
#endif
#define O_SEARCH O_PATH
#define O_EXEC   O_PATH

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);

#endif
