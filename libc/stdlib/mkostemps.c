#include <fcntl.h>
#include <stdlib.h>
#include "internal/temp_name.h"
#include "internal/defs.h"

/* mkstemps with open flags (O_APPEND, O_CLOEXEC, O_SYNC...) as mkostemp
 * takes them; the access mode is always O_RDWR. */
weak int mkostemps(char *template, int suffixlen, int flags)
{
	return __temp_name(template, suffixlen, __temp_create_file, flags & ~O_ACCMODE);
}
