/* statfs, fstatfs, statvfs and fstatvfs, all from the kernel's statfs64
 * (32-bit arches: statfs64, which takes the struct's size) or its statfs
 * (64-bit arches, where it already has 64-bit counts).
 *
 * The kernel's struct is <asm/statfs.h>'s, whose tag is also "statfs":
 * it is renamed kernel_statfs on the way in, so that <sys/statfs.h>'s
 * own can be defined after it.  __KERNEL_STRICT_NAMES keeps the uapi
 * header to its struct: MIPS' would also typedef fsid_t, which is
 * <sys/types.h>'s (and then includes no <linux/types.h> itself); s390's
 * typedefs it anyway, so it is renamed the same way. */
#include <string.h>
#define __KERNEL_STRICT_NAMES
#include <linux/types.h>
#define statfs kernel_statfs
#define fsid_t kernel_fsid_t
#include <asm/statfs.h>
#undef fsid_t
#undef statfs
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_statfs64
typedef struct statfs64 kernel_buf;
#define STATFS(path, k)  __syscall(SYS_statfs64, path, sizeof(kernel_buf), k)
#define FSTATFS(fd, k)   __syscall(SYS_fstatfs64, fd, sizeof(kernel_buf), k)
#else
typedef struct kernel_statfs kernel_buf;
#define STATFS(path, k)  __syscall(SYS_statfs, path, k)
#define FSTATFS(fd, k)   __syscall(SYS_fstatfs, fd, k)
#endif

static int from_kernel(long r, const kernel_buf *k, struct statfs *buf)
{
	if (r < 0)
		return __syscall_ret(r);
	memset(buf, 0, sizeof *buf);
	buf->f_type = k->f_type;
	buf->f_bsize = k->f_bsize;
	buf->f_blocks = k->f_blocks;
	buf->f_bfree = k->f_bfree;
	buf->f_bavail = k->f_bavail;
	buf->f_files = k->f_files;
	buf->f_ffree = k->f_ffree;
	memcpy(&buf->f_fsid, &k->f_fsid, sizeof buf->f_fsid);
	buf->f_namelen = k->f_namelen;
	buf->f_frsize = k->f_frsize;
	buf->f_flags = k->f_flags;
	return 0;
}

int __statfs(const char *path, struct statfs *buf)
{
	kernel_buf k;
	return from_kernel(STATFS(path, &k), &k, buf);
}
weak_alias(__statfs, statfs);

int __fstatfs(int fd, struct statfs *buf)
{
	kernel_buf k;
	return from_kernel(FSTATFS(fd, &k), &k, buf);
}
weak_alias(__fstatfs, fstatfs);

/* statvfs is statfs in POSIX's words: the same counts, the mount flags
 * minus ST_VALID (0x20, the kernel's "f_flags is filled in" bit), and
 * the fsid folded to one word as glibc folds it. */
static int to_statvfs(int r, const struct statfs *s, struct statvfs *v)
{
	if (r < 0)
		return r;
	memset(v, 0, sizeof *v);
	v->f_bsize = s->f_bsize;
	v->f_frsize = s->f_frsize ? s->f_frsize : s->f_bsize;
	v->f_blocks = s->f_blocks;
	v->f_bfree = s->f_bfree;
	v->f_bavail = s->f_bavail;
	v->f_files = s->f_files;
	v->f_ffree = s->f_ffree;
	v->f_favail = s->f_ffree;
	v->f_fsid = (unsigned)s->f_fsid.__val[0]
	            | (sizeof(long) > 4 ? (unsigned long)(unsigned)s->f_fsid.__val[1] << 16 << 16 : 0);
	v->f_flag = s->f_flags & ~0x20L;
	v->f_namemax = s->f_namelen;
	return 0;
}

weak int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	struct statfs s;
	return to_statvfs(__statfs(path, &s), &s, buf);
}

weak int fstatvfs(int fd, struct statvfs *buf)
{
	struct statfs s;
	return to_statvfs(__fstatfs(fd, &s), &s, buf);
}
