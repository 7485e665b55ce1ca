/* eventfd: a counter behind a descriptor.  eventfd_read and eventfd_write
 * move its 8 bytes in one read or write, as glibc's do. */
#include <sys/eventfd.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int eventfd(unsigned count, int flags)
{
	return syscall_errno(SYS_eventfd2, count, flags);
}

weak int eventfd_read(int fd, eventfd_t *value)
{
	return __read(fd, value, sizeof *value) == sizeof *value ? 0 : -1;
}

weak int eventfd_write(int fd, eventfd_t value)
{
	return __write(fd, &value, sizeof value) == sizeof value ? 0 : -1;
}
