/* <grp.h> as taskrt's own sources see it (internal/defs.h). */
#ifndef _TASKRT_WRAP_GRP_H
#define _TASKRT_WRAP_GRP_H

#include_next <grp.h>
#include "internal/defs.h"

hidden int __getgrouplist(const char *user, gid_t group, gid_t *groups, int *count);
hidden int __setgroups(size_t size, const gid_t *list);

#endif
