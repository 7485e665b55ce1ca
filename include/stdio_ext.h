#ifndef _STDIO_EXT_H
#define _STDIO_EXT_H

/* glibc's (and Solaris's) look into a stream's buffer. */
#include <stdio.h>

/* Bytes written to the stream and not yet to its file. */
size_t __fpending(FILE *f);

#endif
