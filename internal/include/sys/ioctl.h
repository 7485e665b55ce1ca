/* <sys/ioctl.h> as taskrt's own sources see it (internal/defs.h). */
#ifndef _TASKRT_WRAP_SYS_IOCTL_H
#define _TASKRT_WRAP_SYS_IOCTL_H

#include_next <sys/ioctl.h>
#include "internal/defs.h"

hidden int __ioctl(int fd, unsigned long request, ...);

#endif
