/* POSIX shared memory objects, for taskrt's own sources: files in
 * /dev/shm (a tmpfs), named as glibc names them. */
#ifndef _TASKRT_INTERNAL_SHM_H
#define _TASKRT_INTERNAL_SHM_H

#include <limits.h>
#include "defs.h"

#define SHM_DIR "/dev/shm/"
/* glibc's buffer: room for "/dev/shm/", a "sem." prefix and NAME_MAX
 * bytes.  A longer name is refused here; one that fits but is longer
 * than NAME_MAX is the kernel's ENAMETOOLONG. */
#define SHM_PATH_SIZE (sizeof SHM_DIR + 4 + NAME_MAX)

/* Write the file's path for name to path[SHM_PATH_SIZE], leading '/'s
 * dropped: 0, or -1 for an empty name, one with a '/' further in or one
 * too long for the buffer (shm_open says EINVAL, shm_unlink ENOENT, as
 * glibc). */
hidden int __shm_path(char *path, const char *name);

#endif
