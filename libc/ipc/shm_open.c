/* shm_open and shm_unlink: open or remove a file in /dev/shm.  The object
 * is never a symbolic link and never survives an exec (O_NOFOLLOW and
 * O_CLOEXEC, as POSIX asks and glibc does); a name that is a directory
 * ("." or "..") is EINVAL, as in glibc. */
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include "internal/shm.h"
#include "internal/syscall.h"
#include "internal/defs.h"

weak int shm_open(const char *name, int flags, mode_t mode)
{
	char path[SHM_PATH_SIZE];
	int fd;

	if (__shm_path(path, name)) {
		errno = EINVAL;
		return -1;
	}
	fd = __open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode);
	if (fd < 0 && errno == EISDIR)
		errno = EINVAL;
	return fd;
}

weak int shm_unlink(const char *name)
{
	char path[SHM_PATH_SIZE];

	if (__shm_path(path, name)) {
		errno = ENOENT;
		return -1;
	}
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, 0);
}
