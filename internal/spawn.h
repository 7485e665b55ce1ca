/* One step of a posix_spawn_file_actions_t list. */
#ifndef _TASKRT_INTERNAL_SPAWN_H
#define _TASKRT_INTERNAL_SPAWN_H

#include <bits/types.h>

enum { SPAWN_OPEN, SPAWN_CLOSE, SPAWN_DUP2 };

struct spawn_action {
	struct spawn_action *next;
	int kind, fd, target, flags;
	mode_t mode;
	char path[];
};

#endif
