/* program_invocation_name (argv[0]) and program_invocation_short_name
 * (what follows its last '/'), set before any constructor, and only in
 * programs that link this object: err(), error() and the program
 * itself when it names either. */
#include <errno.h>
#include <string.h>
#include "internal/crt.h"
#include "internal/pthread.h"

static char empty[1];
char *__program_invocation_name = empty, *__program_invocation_short_name = empty;
weak_alias(__program_invocation_name, program_invocation_name);
weak_alias(__program_invocation_short_name, program_invocation_short_name);

static void init_progname(void)
{
	long *sp = __self()->initial_sp;
	char *name = sp[0] > 0 ? ((char **)sp)[1] : 0, *slash;

	if (!name)
		return;
	__program_invocation_name = name;
	slash = strrchr(name, '/');
	__program_invocation_short_name = slash ? slash + 1 : name;
}
run_first_at_start(init_progname);
