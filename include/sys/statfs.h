/* <sys/statfs.h>: the kernel's file system statistics, with 64-bit counts
 * on every arch (filled from statfs64 where the arch has it). */
#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <sys/types.h>     /* fsid_t */

struct statfs {
	long f_type;          /* the file system's magic number */
	long f_bsize;         /* the best transfer block size */
	fsblkcnt_t f_blocks;  /* size, in f_frsize units */
	fsblkcnt_t f_bfree;   /* free blocks */
	fsblkcnt_t f_bavail;  /* free blocks for unprivileged users */
	fsfilcnt_t f_files;   /* inodes */
	fsfilcnt_t f_ffree;   /* free inodes */
	fsid_t f_fsid;        /* file system id */
	long f_namelen;       /* the longest file name */
	long f_frsize;        /* the unit of the block counts */
	long f_flags;         /* mount flags (ST_*) */
	long f_spare[4];
};

int statfs(const char *path, struct statfs *buf);
int fstatfs(int fd, struct statfs *buf);

#endif
