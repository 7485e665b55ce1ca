/* getpagesize: the kernel's AT_PAGESZ, as sysconf(_SC_PAGESIZE). */
#include <sys/auxv.h>
#include <unistd.h>
#include "internal/defs.h"

weak int getpagesize(void)
{
	return __getauxval(AT_PAGESZ);
}
