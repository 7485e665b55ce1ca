/* struct semid_ds on x86_64: the kernel's semid64_ds keeps a padding word
 * after each time, and glibc's layout does too.  Copied into
 * <bits/semid_ds.h> by include/generate.sh. */
struct semid_ds {
	struct ipc_perm sem_perm;       /* owner, mode */
	time_t sem_otime;               /* last semop */
	unsigned long __sem_otime_high;
	time_t sem_ctime;               /* last change */
	unsigned long __sem_ctime_high;
	unsigned long sem_nsems;        /* semaphores in the set */
	unsigned long __glibc_reserved3;
	unsigned long __glibc_reserved4;
};
