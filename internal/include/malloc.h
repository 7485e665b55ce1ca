/* <malloc.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_MALLOC_H
#define _TASKRT_WRAP_MALLOC_H

#include_next <malloc.h>
#include "internal/defs.h"

hidden size_t __malloc_usable_size(void *p);

#endif
