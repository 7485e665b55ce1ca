/* pathconf and fpathconf: the limits of a file's file system.
 *
 * taskrt answers the same on every file system, with glibc's values for
 * the common Linux ones (ext4, tmpfs): names of 255 bytes, paths of 4096,
 * 64-bit file sizes.  LINK_MAX differs most between file systems; taskrt
 * says 127, glibc's answer for one it does not know.  The file must be
 * there (ENOENT, EBADF) and the name known (EINVAL), as in glibc.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

static const short answers[] = {
	[_PC_LINK_MAX] = 127,          [_PC_MAX_CANON] = MAX_CANON,
	[_PC_MAX_INPUT] = MAX_INPUT,   [_PC_NAME_MAX] = NAME_MAX,
	[_PC_PATH_MAX] = PATH_MAX,     [_PC_PIPE_BUF] = PIPE_BUF,
	[_PC_CHOWN_RESTRICTED] = 1,    [_PC_NO_TRUNC] = 1,
	[_PC_VDISABLE] = 0,            [_PC_SYNC_IO] = -1,
	[_PC_ASYNC_IO] = -1,           [_PC_PRIO_IO] = -1,
	[_PC_SOCK_MAXBUF] = -1,        [_PC_FILESIZEBITS] = 64,
	[_PC_REC_INCR_XFER_SIZE] = -1, [_PC_REC_MAX_XFER_SIZE] = -1,
	[_PC_REC_MIN_XFER_SIZE] = 4096, [_PC_REC_XFER_ALIGN] = 4096,
	[_PC_ALLOC_SIZE_MIN] = 4096,   [_PC_SYMLINK_MAX] = -1,
	[_PC_2_SYMLINKS] = 1,
};

/* r: the system call's answer on whether the file is there. */
static long answer(long r, int name)
{
	if (r < 0)
		return __syscall_ret(r);
	if (name < 0 || (unsigned)name >= sizeof answers / sizeof *answers) {
		errno = EINVAL;
		return -1;
	}
	return answers[name];
}

weak long pathconf(const char *path, int name)
{
	return answer(__syscall(SYS_faccessat, AT_FDCWD, path, F_OK), name);
}

weak long fpathconf(int fd, int name)
{
	return answer(__syscall(SYS_fcntl, fd, F_GETFD), name);
}
