/* C start-up: from the kernel's initial stack to main() and exit().
 *
 *   sp -> argc | argv[0] .. argv[argc-1] | NULL | envp[] .. | NULL | auxv pairs | AT_NULL
 *
 * The main thread's TCB and static TLS block live on this very stack, in
 * __start_c's frame, which never returns: so start-up costs no mmap, and the
 * only system call before main is the one that sets the thread pointer (none
 * at all where TP is a plain register).  Only a TLS block too large for the
 * stack gets a mapping instead.
 *
 * Nothing else happens here.  What only some programs need (environ, the
 * stack-protector canary, ...) lives in its own object with a start-up
 * hook (run_at_start, crt/internal.h), run just below before the
 * program's own .preinit_array: a program that never uses it neither
 * links it nor pays for it.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include "internal/crt.h"
#include "internal/pthread.h"

/* Static TLS up to this size shares the start-up stack (a hello world has
 * none); more gets a mapping of its own.  The stack cannot grow past
 * RLIMIT_STACK (8 MiB by default, and qemu-user's guest stack is a fixed
 * 8 MiB), and a block near that size would leave main no stack at all. */
#define TLS_ON_STACK_MAX (64 << 10)

/* Out of line, so that the common path pays only the comparison.  A
 * failed mmap returns -errno, an address in the last page, and the first
 * write to the block faults there: nothing could run without its TLS. */
__attribute__((__noinline__, __cold__)) static void *map_tls(size_t size)
{
#ifdef SYS_mmap2
	return (void *)__syscall(SYS_mmap2, 0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#else
	return (void *)__syscall(SYS_mmap, 0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#endif
}

_Noreturn void __start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	struct tls_image image;
	struct pthread *self;
	const array_fn *f;

	__tls_image_find(&image);
	/* The main thread's TCB and TLS, in this frame (or the mapping) for
	 * the life of the process.  __tls_init aligns within the area itself,
	 * so the area need not be aligned beyond a word (which saves the
	 * rounding code on i386 and x86_64). */
	self = __tls_init(image.area > TLS_ON_STACK_MAX
	                  ? map_tls(image.area)
	                  : __builtin_alloca_with_align(image.area, 8 * sizeof(long)), &image);
	self->initial_sp = sp;
	if (__set_tp(__tp_for(self)) < 0)
		__builtin_trap();
	for (f = __preinit_array_start; f < __init_array_end; f++)
		(*f)();
	exit(main(argc, argv, argv + argc + 1));
}
