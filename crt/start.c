/* C start-up: from the kernel's initial stack to main() and exit().
 *
 *   sp -> argc | argv[0] .. argv[argc-1] | NULL | envp[] .. | NULL | auxv pairs | AT_NULL
 *
 * The main thread's TCB and static TLS block live on this very stack, in
 * __start_c's frame, which never returns: so start-up costs no mmap, and the
 * only system call before main is the one that sets the thread pointer (none
 * at all where TP is a plain register).
 */
#include <elf.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include "crt/internal.h"
#include "libc/internal.h"
#include "thread/internal.h"

int main(int, char **, char **);

char **__environ;
weak_alias(__environ, environ);
unsigned long *__auxv;

/* Find PT_TLS through the program headers the kernel points AT_PHDR at. */
static void find_tls_image(const unsigned long *auxv)
{
	const ElfW(Phdr) *ph = 0;
	unsigned long n = 0, align = sizeof(struct pthread *) * 2;

	for (; auxv[0] != AT_NULL; auxv += 2) {
		if (auxv[0] == AT_PHDR) ph = (const void *)auxv[1];
		if (auxv[0] == AT_PHNUM) n = auxv[1];
	}
	for (; n; n--, ph++) {
		if (ph->p_type != PT_TLS)
			continue;
		__tls_image.data = (const void *)ph->p_vaddr;
		__tls_image.data_size = ph->p_filesz;
		__tls_image.size = ph->p_memsz;
		if (ph->p_align > align)
			align = ph->p_align;
	}
	__tls_image.align = align;
}

_Noreturn void __start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1, **p = envp;
	struct pthread *self;

	while (*p)
		p++;
	__environ = envp;
	__auxv = (unsigned long *)(p + 1);
	find_tls_image(__auxv);

	/* The main thread's TCB and TLS, in this frame for the life of the
	 * process. */
	self = __tls_init(__builtin_alloca(__tls_area_size()));
	if (__set_tp(__tp_for(self)) < 0)
		__builtin_trap();
	__run_init_arrays();
	exit(main(argc, argv, envp));
}
