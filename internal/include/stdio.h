/* <stdio.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_STDIO_H
#define _TASKRT_WRAP_STDIO_H

#include_next <stdio.h>
#include "internal/defs.h"

hidden int __renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
hidden int __vdprintf(int fd, const char *restrict fmt, va_list ap);

#endif
