/* <iconv.h>: converting text between character sets.  taskrt knows
 * UTF-8, ASCII, ISO-8859-1 and the UTF-16, UTF-32, UCS-2 and UCS-4
 * families (libc/iconv/iconv.c lists every name it takes). */
#ifndef _ICONV_H
#define _ICONV_H

#include <features.h>
#include <bits/types.h>

typedef void *iconv_t;

iconv_t iconv_open(const char *to, const char *from);
size_t iconv(iconv_t cd, char **restrict in, size_t *restrict in_left,
             char **restrict out, size_t *restrict out_left);
int iconv_close(iconv_t cd);

#endif
