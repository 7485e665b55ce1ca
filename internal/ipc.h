/* System V IPC, for taskrt's own sources: the kernel's 64-bit-capable
 * structs (ipc64_perm, shmid64_ds, semid64_ds, msqid64_ds, from its
 * <asm/ipcbuf.h>, <asm/shmbuf.h>, ...) and their conversion to and from the public ones.
 *
 * The public structs hold 64-bit times on every arch; a 32-bit kernel
 * splits each in a low word and a *_high word.  Each *ctl wrapper
 * converts, so the same code runs on every arch. */
#ifndef _TASKRT_INTERNAL_IPC_H
#define _TASKRT_INTERNAL_IPC_H

#include <sys/ipc.h>
#include <asm/ipcbuf.h>
#include <arch/arch.h>
#include "defs.h"

/* What a *ctl command must carry for the kernel to use the 64-bit structs:
 * IPC_64 where the arch's system calls are the "old" ones that read a
 * version from the command (arch.h's IPC_CMD_64: arm); nothing where they
 * always use them. */
#ifndef IPC_CMD_64
#define IPC_CMD_64 0
#endif

#if __SIZEOF_LONG__ == 8
#define KERNEL_TIME(k, f) ((time_t)(k)->f)
#else
#define KERNEL_TIME(k, f) ((time_t)((k)->f | (unsigned long long)(k)->f##_high << 32))
#endif

static inline void ipc_perm_from_kernel(struct ipc_perm *p, const struct ipc64_perm *k)
{
	*p = (struct ipc_perm){ .__key = k->key, .uid = k->uid, .gid = k->gid, .cuid = k->cuid,
	                        .cgid = k->cgid, .mode = k->mode, .__seq = k->seq };
}

/* IPC_SET reads only the owner and the mode. */
static inline void ipc_perm_to_kernel(struct ipc64_perm *k, const struct ipc_perm *p)
{
	k->uid = p->uid;
	k->gid = p->gid;
	k->mode = p->mode;
}

#endif
