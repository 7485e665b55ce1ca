/* Constructors and destructors: the linker gathers them into the
 * .preinit_array, .init_array and .fini_array sections and brackets each
 * with start/end symbols.  Empty arrays cost one compare. */
#include "crt/internal.h"

typedef void (*array_fn)(void);
extern const array_fn __preinit_array_start[], __init_array_end[];
extern const array_fn __fini_array_start[], __fini_array_end[];

/* taskrt's own start-up hooks (.preinit_array), then the constructors
 * (.init_array), in one sweep: linker/tiny.ld, like the default GNU ld and
 * lld layouts, puts .init_array directly after .preinit_array. */
void __run_init_arrays(void)
{
	const array_fn *f;

	for (f = __preinit_array_start; f < __init_array_end; f++)
		(*f)();
}

/* Destructors run in the reverse order of their constructors. */
void __run_fini_arrays(void)
{
	const array_fn *f = __fini_array_end;

	while (f > __fini_array_start)
		(*--f)();
}
