/* What glob's files share. */
#ifndef _TASKRT_INTERNAL_GLOB_H
#define _TASKRT_INTERNAL_GLOB_H

#include <stddef.h>
#include "defs.h"

/* The home directory of the user named by the len bytes at user (len 0:
 * $HOME, else the calling user's), from /etc/passwd, into buf: 0, or -1
 * if there is none or it does not fit. */
hidden int __home_dir(const char *user, size_t len, char *buf, size_t size);

#endif
