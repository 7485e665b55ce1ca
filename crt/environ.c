/* environ: set up before any constructor, only in programs that use it. */
#include <unistd.h>
#include "internal/crt.h"
#include "internal/defs.h"
#include "internal/pthread.h"

char **__environ;
weak_alias(__environ, environ);

static void init_environ(void)
{
	long *sp = __self()->initial_sp;

	__environ = (char **)sp + sp[0] + 2;   /* past argc, argv[] and its NULL */
}
run_at_start(init_environ);
