#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal/defs.h"

/* Whether gid is one of the process's supplementary groups, the list of
 * getgroups (the effective group id counts only if it is in that list:
 * glibc's answer).  A short list is read on the stack; a longer one into
 * malloc'ed memory, again if it grew in between.  0 if it cannot be read. */
weak int group_member(gid_t gid)
{
	gid_t small[32], *list = small;
	int n = __getgroups(sizeof small / sizeof *small, small), found = 0;

	while (n < 0 && errno == EINVAL) {          /* more than fit */
		if (list != small)
			free(list);
		n = __getgroups(0, 0);
		list = n > 0 ? malloc(n * sizeof *list) : 0;
		if (!list)
			return 0;
		n = __getgroups(n, list);
	}
	for (int i = 0; i < n; i++)
		found |= list[i] == gid;
	if (list != small)
		free(list);
	return found;
}
