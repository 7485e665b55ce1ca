/* Namespaces: leave the ones in flags for new ones (unshare), or join
 * the one fd refers to (setns; nstype 0 takes whatever kind it is). */
#include <sched.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int unshare(int flags)
{
	return syscall_errno(SYS_unshare, flags);
}

weak int setns(int fd, int nstype)
{
	return syscall_errno(SYS_setns, fd, nstype);
}
