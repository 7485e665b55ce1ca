/* <sys/sendfile.h>: copy between descriptors inside the kernel. */
#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H

#include <bits/types.h>

/* From in_fd (at *offset, which advances, or at its file offset if offset
 * is NULL) to out_fd; the count copied, or -1. */
ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count);

#endif
