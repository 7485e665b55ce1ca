/* <sys/wait.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SYS_WAIT_H
#define _TASKRT_WRAP_SYS_WAIT_H

#include_next <sys/wait.h>
#include "internal/defs.h"

hidden pid_t __wait4(pid_t pid, int *status, int options, struct rusage *usage);
hidden pid_t __waitpid(pid_t pid, int *status, int options);

#endif
