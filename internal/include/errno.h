/* <errno.h> as taskrt's own sources see it: the public header and the
 * hidden names of its objects that taskrt reads itself (see
 * internal/defs.h). */
#ifndef _TASKRT_WRAP_ERRNO_H
#define _TASKRT_WRAP_ERRNO_H

#include_next <errno.h>
#include "internal/defs.h"

hidden extern char *__program_invocation_name, *__program_invocation_short_name;

#endif
