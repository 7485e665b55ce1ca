/* <fcntl.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_FCNTL_H
#define _TASKRT_WRAP_FCNTL_H

#include_next <fcntl.h>
#include "internal/defs.h"

hidden int __fcntl(int fd, int cmd, ...);
hidden int __open(const char *path, int flags, ...);
hidden int __openat(int dirfd, const char *path, int flags, ...);

#endif
