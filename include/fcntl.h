#ifndef _FCNTL_H
#define _FCNTL_H

#include <features.h>

#include <bits/types.h>
#include <bits/fcntl.h>     /* O_*, F_*, AT_*: from the kernel's <linux/fcntl.h> */
#include <bits/fadvise.h>   /* POSIX_FADV_*: <linux/fadvise.h> */
#include <bits/falloc.h>    /* FALLOC_FL_*: <linux/falloc.h> */
#include <bits/stat.h>      /* S_I*, which POSIX puts here too */

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/* F_GETLK, F_SETLK, F_SETLKW and the F_OFD_* locks.  off_t is 64-bit on
 * every arch, so this is the kernel's struct flock on 64-bit arches and
 * its struct flock64 on 32-bit ones (fcntl passes F_*LK64 there). */
struct flock {
	short l_type;       /* F_RDLCK, F_WRLCK, F_UNLCK */
	short l_whence;     /* SEEK_SET, SEEK_CUR, SEEK_END */
	off_t l_start;
	off_t l_len;        /* 0: to the end of the file, however it grows */
	pid_t l_pid;        /* F_GETLK: who holds it (-1 for an OFD lock) */
};

#ifndef O_LARGEFILE
#define O_LARGEFILE 0
#endif
#define O_SEARCH O_PATH
#define O_EXEC   O_PATH

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);
int posix_fadvise(int fd, off_t offset, off_t len, int advice);
int posix_fallocate(int fd, off_t offset, off_t len);
#ifdef __TASKRT_GNU
int fallocate(int fd, int mode, off_t offset, off_t len);
#endif

/* Pipes as kernel buffers: splice, tee, vmsplice.  The SPLICE_F_* flags
 * are not in the kernel's uapi headers (include/linux/splice.h); these
 * are its values, as glibc copies them. */
#define SPLICE_F_MOVE     1
#define SPLICE_F_NONBLOCK 2
#define SPLICE_F_MORE     4
#define SPLICE_F_GIFT     8
struct iovec;
#ifdef __TASKRT_GNU
ssize_t splice(int in_fd, off_t *in_offset, int out_fd, off_t *out_offset, size_t count, unsigned flags);
ssize_t tee(int in_fd, int out_fd, size_t count, unsigned flags);
ssize_t vmsplice(int fd, const struct iovec *iov, size_t count, unsigned flags);
#endif

#endif
