/* posix_spawn_file_actions_*: a singly linked list of open, close and dup2
 * steps, run in order in the child before it execs. */
#include <errno.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include "internal/spawn.h"
#include "internal/defs.h"

weak int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)
{
	actions->first = actions->last = 0;
	return 0;
}

weak int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)
{
	struct spawn_action *a = actions->first, *next;

	for (; a; a = next) {
		next = a->next;
		free(a);
	}
	actions->first = actions->last = 0;
	return 0;
}

/* Append one step; the path (for open) is copied after the struct. */
static int add(posix_spawn_file_actions_t *actions, int kind, int fd, int target,
               const char *path, int flags, mode_t mode)
{
	size_t len = path ? strlen(path) + 1 : 0;
	struct spawn_action *a;

	if (fd < 0 || target < 0)
		return EBADF;
	a = malloc(sizeof *a + len);
	if (!a)
		return ENOMEM;
	*a = (struct spawn_action){ .kind = kind, .fd = fd, .target = target,
	                            .flags = flags, .mode = mode };
	if (path)
		memcpy(a->path, path, len);
	if (actions->last)
		actions->last->next = a;
	else
		actions->first = a;
	actions->last = a;
	return 0;
}

weak int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict actions, int fd,
                                     const char *restrict path, int flags, mode_t mode)
{
	return add(actions, SPAWN_OPEN, fd, 0, path, flags, mode);
}

weak int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd)
{
	return add(actions, SPAWN_CLOSE, fd, 0, 0, 0, 0);
}

weak int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int target)
{
	return add(actions, SPAWN_DUP2, fd, target, 0, 0, 0);
}
