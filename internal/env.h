/* What getenv, setenv and unsetenv share. */
#ifndef _TASKRT_INTERNAL_ENV_H
#define _TASKRT_INTERNAL_ENV_H

#include "defs.h"
#include <stddef.h>

/* The length of a variable name, or 0 when it is not a valid one: NULL,
 * empty, or containing '='. */
hidden size_t __env_name_length(const char *name);

/* A "NAME=value" string is leaving the environment: free it if setenv
 * allocated it.  A no-op in programs that never call setenv. */
hidden void __env_forget(char *entry);

#endif
