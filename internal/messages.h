/* The texts behind strerror, strerror_r and strsignal. */
#ifndef _TASKRT_INTERNAL_MESSAGES_H
#define _TASKRT_INTERNAL_MESSAGES_H

#include "defs.h"
/* glibc's message for an errno value, or NULL when it has none. */
hidden const char *__errno_text(int errnum);

/* Write prefix and then n in decimal ("Unknown error -5") into buf, which
 * has room for UNKNOWN_SIZE bytes; returns buf. */
#define UNKNOWN_SIZE 32
hidden char *__unknown_number(char *buf, const char *prefix, int n);

#endif
