#include <stdlib.h>
#include "internal/temp_name.h"
#include "internal/defs.h"

/* mkstemp for a template whose XXXXXX is followed by a suffix of
 * suffixlen characters ("/tmp/fooXXXXXX.txt", 4), which stays. */
weak int mkstemps(char *template, int suffixlen)
{
	return __temp_name(template, suffixlen, __temp_create_file, 0);
}
