/* exit: atexit handlers (last registered first), then .fini_array, then the
 * whole process ends with exit_group.  _exit and _Exit skip the first two. */
#include <stdlib.h>
#include <unistd.h>
#include "internal/crt.h"
#include "internal/defs.h"

weak_hook(__run_atexit_handlers);

_Noreturn void exit(int status)
{
	const array_fn *f = __fini_array_end;

	__run_atexit_handlers();
	while (f > __fini_array_start)     /* destructors, last one first */
		(*--f)();
	_Exit(status);
}
