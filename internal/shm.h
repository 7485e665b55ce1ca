/* POSIX shared memory objects, for taskrt's own sources: files in
 * /dev/shm (a tmpfs), named as glibc names them. */
#ifndef _TASKRT_INTERNAL_SHM_H
#define _TASKRT_INTERNAL_SHM_H

#include "defs.h"

#define SHM_DIR "/dev/shm/"
/* "/dev/shm/" and a name of at most NAME_MAX - 1 bytes, and its NUL. */
#define SHM_PATH_SIZE (sizeof SHM_DIR + 255)

/* Write the file's path for name to path[SHM_PATH_SIZE]: leading '/'s
 * dropped; 0, or EINVAL for an empty name, ".", "..", one with a '/'
 * further in, or one of NAME_MAX bytes or more. */
hidden int __shm_path(char *path, const char *name);

#endif
