#include <errno.h>
#include <sys/auxv.h>
#include "crt/internal.h"
#include "libc/internal.h"
#include "thread/internal.h"

unsigned long *__auxv;

/* Phase 0: before the other start-up hooks, which may ask getauxval. */
static void record_auxv(void)
{
	__auxv = __auxv_from(__self()->initial_sp);
}
run_first_at_start(record_auxv);

/* The value of one auxv entry; 0 with ENOENT when the kernel gave none. */
unsigned long getauxval(unsigned long type)
{
	const unsigned long *a = __auxv;

	for (; a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	errno = ENOENT;
	return 0;
}

/* libgcc's aarch64 outline atomics ask for AT_HWCAP under glibc's internal
 * name. */
weak_alias(getauxval, __getauxval);
