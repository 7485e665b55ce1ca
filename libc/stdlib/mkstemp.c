/* Unique files and directories from a template ending in XXXXXX: mkstemp,
 * mkostemp, mkdtemp (the names from libc/stdlib/temp_name.c). */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/temp_name.h"
#include "internal/defs.h"

static int create_dir(const char *path, int flags)
{
	(void)flags;
	return __mkdirat(AT_FDCWD, path, 0700);
}

/* Only O_APPEND, O_CLOEXEC and O_SYNC (and O_DSYNC) are meaningful; glibc
 * passes the rest on to open, and so does taskrt. */
weak int mkostemp(char *template, int flags)
{
	return __temp_name(template, 0, __temp_create_file, flags & ~O_ACCMODE);
}

weak int mkstemp(char *template)
{
	return __temp_name(template, 0, __temp_create_file, 0);
}

weak char *mkdtemp(char *template)
{
	return __temp_name(template, 0, create_dir, 0) == 0 ? template : 0;
}
