/* System V semaphores: semget, semop, semtimedop, semctl.
 *
 * i386 has no semop and no 32-bit-time semtimedop: semop is semtimedop
 * without a timeout, and the timeout is 64-bit (semtimedop_time64 on
 * 32-bit arches, as in syscall/time.c). */
#include <stdarg.h>
#include <string.h>
#include <sys/sem.h>
#include <asm/sembuf.h>
#include "internal/ipc.h"
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_semtimedop_time64
#define SYS_SEMTIMEDOP SYS_semtimedop_time64
#else
#define SYS_SEMTIMEDOP SYS_semtimedop
#endif

struct kernel_timespec { long long sec, nsec; };

weak int semget(key_t key, int n, int flags)
{
	return syscall_errno(SYS_semget, key, n, flags);
}

/* cancellation point */
weak int semtimedop(int id, struct sembuf *ops, size_t n, const struct timespec *timeout)
{
	struct kernel_timespec k;

	if (timeout)
		k = (struct kernel_timespec){ timeout->tv_sec, timeout->tv_nsec };
	return syscall_cp_errno(SYS_SEMTIMEDOP, id, ops, n, timeout ? &k : 0);
}

/* cancellation point */
weak int semop(int id, struct sembuf *ops, size_t n)
{
	return syscall_cp_errno(SYS_SEMTIMEDOP, id, ops, n, 0);
}

/* The program's union semun, as it arrives through the "...". */
union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	void *info;
};

/* The fourth argument is read only for the commands that have one.  The
 * kernel takes the union's bytes as an unsigned long, as they are: so
 * SETVAL's int is passed inside the union too, not converted (on a
 * big-endian 64-bit arch the int is the high half, and the kernel reads
 * it there). */
weak int semctl(int id, int num, int cmd, ...)
{
	struct semid64_ds k = { 0 };   /* qemu-user writes only the fields it knows */
	union semun arg = { 0 };
	va_list ap;
	long r;

	switch (cmd) {
	case IPC_RMID: case GETVAL: case GETPID: case GETNCNT: case GETZCNT:
		break;
	default:
		va_start(ap, cmd);
		arg = va_arg(ap, union semun);
		va_end(ap);
	}
	switch (cmd) {
	case IPC_STAT: case SEM_STAT: case SEM_STAT_ANY:
		r = __syscall(SYS_semctl, id, num, cmd | IPC_CMD_64, &k);
		if (r >= 0) {
			memset(arg.buf, 0, sizeof *arg.buf);
			ipc_perm_from_kernel(&arg.buf->sem_perm, &k.sem_perm);
			arg.buf->sem_otime = KERNEL_TIME(&k, sem_otime);
			arg.buf->sem_ctime = KERNEL_TIME(&k, sem_ctime);
			arg.buf->sem_nsems = k.sem_nsems;
		}
		return __syscall_ret(r);
	case IPC_SET:
		ipc_perm_to_kernel(&k.sem_perm, &arg.buf->sem_perm);
		return syscall_errno(SYS_semctl, id, num, cmd | IPC_CMD_64, &k);
	}
	return syscall_errno(SYS_semctl, id, num, cmd | IPC_CMD_64, arg.info);
}
