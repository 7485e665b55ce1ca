/* <sys/shm.h>: System V shared memory.  SHM_* from the kernel's
 * <linux/shm.h>; struct shmid_ds is glibc's with a 64-bit time_t (the
 * kernel's shmid64_ds on 64-bit arches; converted on 32-bit ones, whose
 * kernel splits each time in two words). */
#ifndef _SYS_SHM_H
#define _SYS_SHM_H

#include <sys/ipc.h>
#include <bits/shm.h>

typedef unsigned long shmatt_t;

struct shmid_ds {
	struct ipc_perm shm_perm;
	size_t shm_segsz;           /* bytes */
	time_t shm_atime;           /* last attach */
	time_t shm_dtime;           /* last detach */
	time_t shm_ctime;           /* last change */
	pid_t shm_cpid;             /* creator */
	pid_t shm_lpid;             /* last shmat or shmdt */
	shmatt_t shm_nattch;        /* attachments */
	unsigned long __glibc_reserved5;
	unsigned long __glibc_reserved6;
};

#ifdef __TASKRT_POSIX
/* IPC_INFO's and SHM_INFO's answers (the kernel's shminfo64 and
 * shm_info). */
struct shminfo {
	unsigned long shmmax, shmmin, shmmni, shmseg, shmall;
	unsigned long __glibc_reserved1, __glibc_reserved2, __glibc_reserved3, __glibc_reserved4;
};

struct shm_info {
	int used_ids;
	unsigned long shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes;
};
#endif

int shmget(key_t key, size_t size, int flags);
void *shmat(int id, const void *addr, int flags);
int shmdt(const void *addr);
int shmctl(int id, int cmd, struct shmid_ds *buf);

#endif
