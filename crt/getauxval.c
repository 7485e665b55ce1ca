#include <errno.h>
#include <sys/auxv.h>
#include "internal/crt.h"
#include "internal/defs.h"
#include "internal/pthread.h"

/* The value of one auxv entry; 0 with ENOENT when the kernel gave none. */
unsigned long getauxval(unsigned long type)
{
	const unsigned long *a = __auxv_from(__self()->initial_sp);

	for (; a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	errno = ENOENT;
	return 0;
}

/* libgcc's aarch64 outline atomics ask for AT_HWCAP under glibc's internal
 * name. */
weak_alias(getauxval, __getauxval);
