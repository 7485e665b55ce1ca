/* <sys/sem.h>: System V semaphores.  SEM_UNDO, GETVAL, SETALL, ... from
 * the kernel's <linux/sem.h>; struct semid_ds is per arch (glibc's, with
 * a 64-bit time_t).  As in glibc, the program defines union semun itself:
 *     union semun { int val; struct semid_ds *buf; unsigned short *array; };
 * and passes one as semctl's fourth argument where cmd needs it. */
#ifndef _SYS_SEM_H
#define _SYS_SEM_H

#include <features.h>

#include <sys/ipc.h>
#include <bits/sem.h>
#include <bits/timespec.h>
#include <bits/semid_ds.h>

struct sembuf {
	unsigned short sem_num;     /* which semaphore of the set */
	short sem_op;               /* add this; 0: wait for zero */
	short sem_flg;              /* IPC_NOWAIT, SEM_UNDO */
};

#ifdef __TASKRT_POSIX
/* IPC_INFO's and SEM_INFO's answer. */
struct seminfo {
	int semmap, semmni, semmns, semmnu, semmsl, semopm, semume, semusz, semvmx, semaem;
};
#endif

int semget(key_t key, int n, int flags);
int semop(int id, struct sembuf *ops, size_t n);
#ifdef __TASKRT_GNU
int semtimedop(int id, struct sembuf *ops, size_t n, const struct timespec *timeout);
#endif
int semctl(int id, int num, int cmd, ...);

#endif
