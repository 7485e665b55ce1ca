/* <sys/auxv.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SYS_AUXV_H
#define _TASKRT_WRAP_SYS_AUXV_H

#include_next <sys/auxv.h>
#include "internal/defs.h"

hidden unsigned long __getauxval(unsigned long type);

#endif
