/* <libgen.h>: POSIX basename and dirname, which may write into path.
 * basename is glibc's __xpg_basename under this header, the GNU one of
 * <string.h> (which never writes) without it. */
#ifndef _LIBGEN_H
#define _LIBGEN_H

#include <features.h>

char *dirname(char *path);
char *__xpg_basename(char *path);
#define basename(path) __xpg_basename(path)

#endif
