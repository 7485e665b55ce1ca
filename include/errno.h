#ifndef _ERRNO_H
#define _ERRNO_H

#include <bits/errno.h>     /* the E* values, from the kernel's <asm/errno.h> */

/* errno lives in the calling thread's TCB. */
int *__errno_location(void);
#define errno (*__errno_location())

/* POSIX spells it both ways; Linux has one value. */
#define ENOTSUP EOPNOTSUPP

#ifdef _GNU_SOURCE
/* argv[0], and what follows its last '/', set before main. */
extern char *program_invocation_name, *program_invocation_short_name;
#endif

#endif
