/* <sys/stat.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SYS_STAT_H
#define _TASKRT_WRAP_SYS_STAT_H

#include_next <sys/stat.h>
#include "internal/defs.h"

hidden int __fstat(int fd, struct stat *st);
hidden int __fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags);
hidden int __mkdirat(int dirfd, const char *path, mode_t mode);
hidden int __mknodat(int dirfd, const char *path, mode_t mode, dev_t dev);

#endif
