/* <string.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_STRING_H
#define _TASKRT_WRAP_STRING_H

#include_next <string.h>
#include "internal/defs.h"

hidden void *__memmem(const void *haystack, size_t hn, const void *needle, size_t nn);
hidden void *__memrchr(const void *s, int c, size_t n);
hidden char *__stpcpy(char *restrict dst, const char *restrict src);
hidden char *__stpncpy(char *restrict dst, const char *restrict src, size_t n);
hidden char *__strchrnul(const char *s, int c);
hidden char *__strdup(const char *s);
hidden size_t __strlcpy(char *restrict dst, const char *restrict src, size_t size);
hidden size_t __strnlen(const char *s, size_t max);
hidden char *__strtok_r(char *restrict s, const char *restrict sep, char **restrict save);

#endif
