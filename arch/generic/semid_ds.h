/* struct semid_ds: the generic layout (glibc's with a 64-bit time_t).
 * Copied into <bits/semid_ds.h> by include/generate.sh; an arch whose
 * glibc keeps the kernel's padding words has its own. */
struct semid_ds {
	struct ipc_perm sem_perm;       /* owner, mode */
	time_t sem_otime;               /* last semop */
	time_t sem_ctime;               /* last change */
	unsigned long sem_nsems;        /* semaphores in the set */
	unsigned long __glibc_reserved3;
	unsigned long __glibc_reserved4;
};
