/* <fnmatch.h> as taskrt's own sources see it (see internal/defs.h). */
#ifndef _TASKRT_WRAP_FNMATCH_H
#define _TASKRT_WRAP_FNMATCH_H

#include_next <fnmatch.h>
#include "internal/defs.h"

hidden int __fnmatch(const char *pattern, const char *string, int flags);

#endif
