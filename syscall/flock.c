/* flock: a whole-file advisory lock, shared or exclusive, that belongs
 * to the open file description (not to the process, as fcntl's do). */
#include <sys/file.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int flock(int fd, int operation)
{
	return syscall_errno(SYS_flock, fd, operation);
}
