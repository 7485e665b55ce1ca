/* <stdio.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_STDIO_H
#define _TASKRT_WRAP_STDIO_H

#include_next <stdio.h>
#include "internal/defs.h"

hidden int __renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
hidden int __vdprintf(int fd, const char *restrict fmt, va_list ap);
hidden FILE *__fdopen(int fd, const char *mode);
hidden FILE *__fopencookie(void *restrict cookie, const char *restrict mode, cookie_io_functions_t io);
hidden int __fseeko(FILE *f, off_t off, int whence);
hidden off_t __ftello(FILE *f);
hidden ssize_t __getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f);
hidden int __vasprintf(char **restrict s, const char *restrict fmt, va_list ap);
hidden char *__tmpnam(char *s);

#endif
