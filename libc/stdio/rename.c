/* rename: ISO C, strong, through the hidden __renameat. */
#include <fcntl.h>
#include <stdio.h>
#include "internal/defs.h"

int rename(const char *oldpath, const char *newpath)
{
	return __renameat(AT_FDCWD, oldpath, AT_FDCWD, newpath);
}
