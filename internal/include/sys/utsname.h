/* <sys/utsname.h> as taskrt's own sources see it: the public header, and
 * the hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SYS_UTSNAME_H
#define _TASKRT_WRAP_SYS_UTSNAME_H

#include_next <sys/utsname.h>
#include "internal/defs.h"

hidden int __uname(struct utsname *u);

#endif
