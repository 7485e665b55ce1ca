/* <sys/stat.h>: file status, modes, directories, nodes and times.
 *
 * struct stat is taskrt's own, the same on every arch (64-bit sizes,
 * inodes and times), filled from the kernel's statx; S_* and STATX_* come
 * from the kernel's <linux/stat.h>. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <features.h>

#include <bits/types.h>
#include <bits/timespec.h>
#include <bits/stat.h>      /* S_I*, S_IS*(), STATX_*: from <linux/stat.h> */

/* utimensat's tv_nsec values that mean "now" and "leave alone": the
 * kernel's include/linux/stat.h keeps them out of its uapi. */
#define UTIME_NOW  ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)

struct stat {
	dev_t st_dev;
	ino_t st_ino;
	mode_t st_mode;
	nlink_t st_nlink;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
};
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

int stat(const char *restrict path, struct stat *restrict st);
int lstat(const char *restrict path, struct stat *restrict st);
int fstat(int fd, struct stat *st);
int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags);

mode_t umask(mode_t mask);
int mkdir(const char *path, mode_t mode);
int mkdirat(int dirfd, const char *path, mode_t mode);
int chmod(const char *path, mode_t mode);
int fchmod(int fd, mode_t mode);
int fchmodat(int dirfd, const char *path, mode_t mode, int flags);
int mknod(const char *path, mode_t mode, dev_t dev);
int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev);
int mkfifo(const char *path, mode_t mode);
int mkfifoat(int dirfd, const char *path, mode_t mode);
int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags);
int futimens(int fd, const struct timespec times[2]);

/* The kernel's struct statx, field for field (256 bytes), as glibc
 * declares it in <sys/stat.h>. */
struct statx_timestamp {
	__INT64_TYPE__ tv_sec;
	__UINT32_TYPE__ tv_nsec;
	__INT32_TYPE__ __reserved;
};

struct statx {
	__UINT32_TYPE__ stx_mask;
	__UINT32_TYPE__ stx_blksize;
	__UINT64_TYPE__ stx_attributes;
	__UINT32_TYPE__ stx_nlink;
	__UINT32_TYPE__ stx_uid;
	__UINT32_TYPE__ stx_gid;
	__UINT16_TYPE__ stx_mode;
	__UINT16_TYPE__ __spare0[1];
	__UINT64_TYPE__ stx_ino;
	__UINT64_TYPE__ stx_size;
	__UINT64_TYPE__ stx_blocks;
	__UINT64_TYPE__ stx_attributes_mask;
	struct statx_timestamp stx_atime;
	struct statx_timestamp stx_btime;
	struct statx_timestamp stx_ctime;
	struct statx_timestamp stx_mtime;
	__UINT32_TYPE__ stx_rdev_major;
	__UINT32_TYPE__ stx_rdev_minor;
	__UINT32_TYPE__ stx_dev_major;
	__UINT32_TYPE__ stx_dev_minor;
	__UINT64_TYPE__ stx_mnt_id;
	__UINT32_TYPE__ stx_dio_mem_align;
	__UINT32_TYPE__ stx_dio_offset_align;
	__UINT64_TYPE__ __spare3[12];
};

#ifdef __TASKRT_GNU
int statx(int dirfd, const char *restrict path, int flags, unsigned mask, struct statx *restrict stx);
#endif

#endif
