/* Locking pages in memory: mlock, munlock, mlockall, munlockall, mlock2.
 * Without CAP_IPC_LOCK the kernel answers EPERM or ENOMEM past
 * RLIMIT_MEMLOCK; the wrappers pass its answer on. */
#include <sys/mman.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int mlock(const void *addr, size_t length)
{
	return syscall_errno(SYS_mlock, addr, length);
}

weak int munlock(const void *addr, size_t length)
{
	return syscall_errno(SYS_munlock, addr, length);
}

weak int mlockall(int flags)
{
	return syscall_errno(SYS_mlockall, flags);
}

weak int munlockall(void)
{
	return syscall_errno(SYS_munlockall);
}

weak int mlock2(const void *addr, size_t length, unsigned flags)
{
	return syscall_errno(SYS_mlock2, addr, length, flags);
}
