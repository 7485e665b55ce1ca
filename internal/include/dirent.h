/* <dirent.h> as taskrt's own sources see it: the public header, the
 * stream itself, and the hidden __names of its functions that taskrt
 * calls itself (see internal/defs.h). */
#ifndef _TASKRT_WRAP_DIRENT_H
#define _TASKRT_WRAP_DIRENT_H

#include_next <dirent.h>
#include "internal/defs.h"

/* One getdents64 buffer's worth of entries, buf[pos..len) still unread. */
struct __taskrt_dir {
	int fd;
	volatile int lock;      /* readdir_r's: internal/lock.h */
	size_t pos, len;
	_Alignas(8) char buf[4096 - 4 * sizeof(long)];
};

hidden DIR *__opendir(const char *path);
hidden struct dirent *__readdir(DIR *d);
hidden int __closedir(DIR *d);

#endif
