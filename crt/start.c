/* C start-up: from the kernel's initial stack to main() and exit().
 *
 *   sp -> argc | argv[0] .. argv[argc-1] | NULL | envp[] .. | NULL | auxv pairs | AT_NULL
 *
 * The main thread's TCB and static TLS block live on this very stack, in
 * __start_c's frame, which never returns: so start-up costs no mmap, and the
 * only system call before main is the one that sets the thread pointer (none
 * at all where TP is a plain register).
 *
 * Nothing else happens here.  What only some programs need (environ, the
 * stack-protector canary, ...) lives in its own object with a start-up
 * hook (run_at_start, crt/internal.h), run just below before the
 * program's own .preinit_array: a program that never uses it neither
 * links it nor pays for it.
 */
#include <stdlib.h>
#include "crt/internal.h"
#include "thread/internal.h"

int main(int, char **, char **);

_Noreturn void __start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	struct tls_image image;
	struct pthread *self;
	const array_fn *f;

	__tls_image_find(&image);
	/* The main thread's TCB and TLS, in this frame for the life of the
	 * process. */
	self = __tls_init(__builtin_alloca(image.area), &image);
	self->initial_sp = sp;
	if (__set_tp(__tp_for(self)) < 0)
		__builtin_trap();
	for (f = __preinit_array_start; f < __init_array_end; f++)
		(*f)();
	exit(main(argc, argv, argv + argc + 1));
}
