#include <errno.h>
#include <sys/auxv.h>
#include "internal/crt.h"
#include "internal/defs.h"
#include "internal/pthread.h"

unsigned long *__auxv;

/* Phase 0: before the other start-up hooks, which may ask getauxval. */
static void record_auxv(void)
{
	__auxv = __auxv_from(__self()->initial_sp);
}
run_first_at_start(record_auxv);

/* The value of one auxv entry; 0 with ENOENT when the kernel gave none. */
unsigned long __getauxval(unsigned long type)
{
	const unsigned long *a = __auxv;

	for (; a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	errno = ENOENT;
	return 0;
}

/* taskrt calls __getauxval; so do libgcc's aarch64 outline atomics, for
 * AT_HWCAP, under the same internal name glibc gives it. */
weak_alias(__getauxval, getauxval);
