/* exit: atexit handlers (last registered first), then .fini_array, then
 * every stdio stream is flushed, then the whole process ends with
 * exit_group.  _exit and _Exit skip the first three. */
#include <stdlib.h>
#include <unistd.h>
#include "internal/crt.h"
#include "internal/defs.h"

weak_hook(__run_atexit_handlers);
weak_hook(__stdio_exit);           /* libc/stdio/fflush.c, if linked */

_Noreturn void exit(int status)
{
	const array_fn *f = __fini_array_end;

	__run_atexit_handlers();
	while (f > __fini_array_start)     /* destructors, last one first */
		(*--f)();
	__stdio_exit();
	_Exit(status);
}
