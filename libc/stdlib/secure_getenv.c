#include <stdlib.h>
#include <sys/auxv.h>
#include "internal/defs.h"

/* getenv, except in a program the kernel started "securely" (AT_SECURE:
 * set-user-ID or set-group-ID, or file capabilities), where the
 * environment belongs to a less trusted caller: NULL there. */
weak char *secure_getenv(const char *name)
{
	return __getauxval(AT_SECURE) ? 0 : getenv(name);
}
