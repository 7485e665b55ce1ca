/* <sys/statfs.h> as taskrt's own sources see it (internal/defs.h). */
#ifndef _TASKRT_WRAP_SYS_STATFS_H
#define _TASKRT_WRAP_SYS_STATFS_H

#include_next <sys/statfs.h>
#include "internal/defs.h"

hidden int __statfs(const char *path, struct statfs *buf);
hidden int __fstatfs(int fd, struct statfs *buf);

#endif
