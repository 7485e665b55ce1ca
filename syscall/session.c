/* Sessions and process groups. */
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak pid_t getpgid(pid_t pid)
{
	return syscall_errno(SYS_getpgid, pid);
}

/* getpgrp and setpgrp are the System V spellings of the calls on
 * oneself: getpgid(0) and setpgid(0, 0). */
weak pid_t getpgrp(void)
{
	return __syscall(SYS_getpgid, 0);
}

weak int setpgrp(void)
{
	return __setpgid(0, 0);
}

pid_t __setsid(void)
{
	return syscall_errno(SYS_setsid);
}
weak_alias(__setsid, setsid);

weak pid_t getsid(pid_t pid)
{
	return syscall_errno(SYS_getsid, pid);
}
