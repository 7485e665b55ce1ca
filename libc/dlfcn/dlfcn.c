/* Dynamic loading in a static binary: every request fails and dlerror
 * says so, once per failure, as POSIX has it (a second dlerror with no
 * failure in between answers NULL).  The message is per thread. */
#include <dlfcn.h>
#include "internal/defs.h"

static _Thread_local const char *error;

static void *fail(const char *why)
{
	error = why;
	return 0;
}

weak void *dlopen(const char *file, int flags)
{
	(void)file;
	(void)flags;
	return fail("dlopen: this is a static binary: dynamic loading is not supported");
}

weak void *dlsym(void *restrict handle, const char *restrict name)
{
	(void)handle;
	(void)name;
	return fail("dlsym: this is a static binary: no dynamic symbols");
}

/* No handle can be valid, since dlopen never returns one. */
weak int dlclose(void *handle)
{
	(void)handle;
	fail("dlclose: invalid handle: this is a static binary");
	return -1;
}

weak char *dlerror(void)
{
	const char *e = error;

	error = 0;
	return (char *)e;
}

/* No object to name: 0, as glibc answers for an address outside every
 * loaded object. */
weak int dladdr(const void *addr, Dl_info *info)
{
	(void)addr;
	(void)info;
	return 0;
}
