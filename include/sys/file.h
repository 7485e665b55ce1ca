/* <sys/file.h>: flock, whole-file advisory locks; LOCK_* come from the
 * kernel's <asm/fcntl.h>. */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H

#include <bits/file.h>

int flock(int fd, int operation);

#endif
