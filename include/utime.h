/* <utime.h>: set a file's access and modification times, in seconds
 * (utimensat is the precise form). */
#ifndef _UTIME_H
#define _UTIME_H

#include <bits/types.h>

struct utimbuf {
	time_t actime;    /* access time */
	time_t modtime;   /* modification time */
};

int utime(const char *path, const struct utimbuf *times);

#endif
