/* ftok: a System V IPC key from a file, as glibc makes it: the inode's
 * low 16 bits, the device's low 8 bits, proj's low 8 bits on top. */
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/stat.h>
#include "internal/defs.h"

weak key_t ftok(const char *path, int proj)
{
	struct stat st;

	if (__fstatat(AT_FDCWD, path, &st, 0) < 0)
		return -1;
	return (key_t)((st.st_ino & 0xffff) | (st.st_dev & 0xff) << 16 | ((unsigned)proj & 0xff) << 24);
}
