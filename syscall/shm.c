/* System V shared memory: shmget, shmat, shmdt, shmctl. */
#include <string.h>
#include <sys/shm.h>
#include <asm/shmbuf.h>
#include "internal/ipc.h"
#include "internal/syscall.h"
#include "internal/defs.h"

weak int shmget(key_t key, size_t size, int flags)
{
	return syscall_errno(SYS_shmget, key, size, flags);
}

weak void *shmat(int id, const void *addr, int flags)
{
	return (void *)syscall_errno(SYS_shmat, id, addr, flags);
}

weak int shmdt(const void *addr)
{
	return syscall_errno(SYS_shmdt, addr);
}

/* The commands that read or write a struct shmid_ds go through the
 * kernel's shmid64_ds; IPC_INFO, SHM_INFO, IPC_RMID and SHM_(UN)LOCK pass
 * buf through. */
weak int shmctl(int id, int cmd, struct shmid_ds *buf)
{
	struct shmid64_ds k = { 0 };   /* qemu-user writes only the fields it knows */
	long r;

	switch (cmd) {
	case IPC_STAT: case SHM_STAT: case SHM_STAT_ANY:
		r = __syscall(SYS_shmctl, id, cmd | IPC_CMD_64, &k);
		if (r >= 0) {
			memset(buf, 0, sizeof *buf);
			ipc_perm_from_kernel(&buf->shm_perm, &k.shm_perm);
			buf->shm_segsz = k.shm_segsz;
			buf->shm_atime = KERNEL_TIME(&k, shm_atime);
			buf->shm_dtime = KERNEL_TIME(&k, shm_dtime);
			buf->shm_ctime = KERNEL_TIME(&k, shm_ctime);
			buf->shm_cpid = k.shm_cpid;
			buf->shm_lpid = k.shm_lpid;
			buf->shm_nattch = k.shm_nattch;
		}
		return __syscall_ret(r);
	case IPC_SET:
		ipc_perm_to_kernel(&k.shm_perm, &buf->shm_perm);
		return syscall_errno(SYS_shmctl, id, cmd | IPC_CMD_64, &k);
	}
	return syscall_errno(SYS_shmctl, id, cmd | IPC_CMD_64, buf);
}
