/* What <err.h>'s functions share. */
#ifndef _TASKRT_INTERNAL_ERR_H
#define _TASKRT_INTERNAL_ERR_H

#include <stdarg.h>
#include "defs.h"

/* "prog: " fmt, then ": " strerror(errnum) unless errnum < 0, then "\n",
 * on stderr in one write, after flushing stdout (as glibc).  A NULL fmt
 * prints nothing between the two (and no ": " before the error). */
hidden void __warn_print(int errnum, const char *fmt, va_list ap);

#endif
