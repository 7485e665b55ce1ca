/* memfd_create: an anonymous file in memory (the name only labels it in
 * /proc/self/fd; the kernel refuses names past 249 bytes with EINVAL). */
#include <sys/mman.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int memfd_create(const char *name, unsigned flags)
{
	return syscall_errno(SYS_memfd_create, name, flags);
}
