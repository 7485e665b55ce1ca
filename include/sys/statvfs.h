/* <sys/statvfs.h>: file system statistics, from the kernel's statfs64. */
#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H

#include <bits/types.h>

struct statvfs {
	unsigned long f_bsize;     /* the file system's block size */
	unsigned long f_frsize;    /* the unit of f_blocks, f_bfree, f_bavail */
	fsblkcnt_t f_blocks;       /* size, in f_frsize units */
	fsblkcnt_t f_bfree;        /* free blocks */
	fsblkcnt_t f_bavail;       /* free blocks for unprivileged users */
	fsfilcnt_t f_files;        /* inodes */
	fsfilcnt_t f_ffree;        /* free inodes */
	fsfilcnt_t f_favail;       /* free inodes for unprivileged users */
	unsigned long f_fsid;      /* file system id */
	unsigned long f_flag;      /* ST_* below */
	unsigned long f_namemax;   /* the longest file name */
	int __f_spare[6];
};

/* f_flag's bits: glibc's names for the kernel's mount flags of the same
 * meaning. */
#include <bits/mount.h>
#define ST_RDONLY      MS_RDONLY
#define ST_NOSUID      MS_NOSUID
#define ST_NODEV       MS_NODEV
#define ST_NOEXEC      MS_NOEXEC
#define ST_SYNCHRONOUS MS_SYNCHRONOUS
#define ST_MANDLOCK    MS_MANDLOCK
#define ST_NOATIME     MS_NOATIME
#define ST_NODIRATIME  MS_NODIRATIME
#define ST_RELATIME    MS_RELATIME

int statvfs(const char *restrict path, struct statvfs *restrict buf);
int fstatvfs(int fd, struct statvfs *buf);

#endif
