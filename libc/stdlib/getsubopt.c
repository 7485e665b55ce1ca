#include <stdlib.h>
#include <string.h>
#include "internal/defs.h"

/* Take the next suboption off *option ("ro,size=64k,mode=755"): cut it
 * at its ',' (replaced by a 0), and step *option past it.  Returns the
 * index in tokens (NULL-terminated) of the name before any '=', with
 * *value pointing after the '=' (NULL if none); or -1 for a name not in
 * tokens, with *value pointing at the whole suboption, or for an empty
 * *option (nothing taken). */
weak int getsubopt(char **restrict option, char *const *restrict tokens, char **restrict value)
{
	char *s = *option, *end, *eq;
	size_t name;

	if (!*s)
		return -1;
	end = __strchrnul(s, ',');
	eq = memchr(s, '=', end - s);
	name = (eq ? eq : end) - s;
	*option = *end ? end + 1 : end;
	if (*end)
		*end = 0;
	for (int i = 0; tokens[i]; i++)
		if (strncmp(s, tokens[i], name) == 0 && tokens[i][name] == 0) {
			*value = eq ? eq + 1 : 0;
			return i;
		}
	*value = s;
	return -1;
}
