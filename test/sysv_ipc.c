/* System V IPC: ftok; a shared memory segment seen by a child, its
 * IPC_STAT and IPC_SET; a semaphore set (SETVAL/GETVAL/SETALL/GETALL,
 * semop, IPC_NOWAIT, semtimedop's timeout); a message queue (types,
 * MSG_NOERROR, E2BIG, ENOMSG); bad ids EINVAL; everything removed with
 * IPC_RMID; no fd leaked. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

/* qemu-user 7.2 leaves msg_lrpid out of msgctl's IPC_STAT */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

/* A mode read back: not checked where qemu gives it the wrong width
 * (check_qemu_swapped), which main reports once. */
#define CHECK_PERM_MODE(mode, want) do { if (!check_qemu_swapped()) CHECK_INT((mode) & 0777, want); } while (0)

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
};

static void shm(void)
{
	struct shmid_ds ds;
	int id = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600);
	time_t now = time(0);

	CHECK(id >= 0);
	char *p = shmat(id, 0, 0);
	CHECK(p != (void *)-1);
	strcpy(p, "parent");
	pid_t pid = fork();
	if (pid == 0) {
		char *q = shmat(id, 0, 0);
		if (q == (void *)-1)
			_exit(errno == ENOMEM ? 3 : 1);
		if (strcmp(q, "parent"))
			_exit(1);
		strcpy(q, "child");
		_exit(shmdt(q) ? 2 : 0);
	}
	int st = check_exit_status(pid);
	if (st == 3 && under_qemu()) {
		/* qemu-mips64el 7.2 cannot place a SHMLBA-aligned segment in a
		 * forked child (ENOMEM), where the parent's shmat works */
		check_puts("not checked under qemu-user: shmat in a forked child (ENOMEM)\n");
		strcpy(p, "child");
	} else
		CHECK_INT(st, 0);
	CHECK_STR(p, "child");
	CHECK_INT(shmctl(id, IPC_STAT, &ds), 0);
	CHECK_INT(ds.shm_segsz, 8192);
	CHECK_PERM_MODE(ds.shm_perm.mode, 0600);
	CHECK_INT(ds.shm_perm.uid, geteuid());
	CHECK_INT(ds.shm_perm.cuid, geteuid());
	CHECK_INT(ds.shm_nattch, 1);
	CHECK_INT(ds.shm_cpid, getpid());
	CHECK_INT(ds.shm_lpid, pid);                       /* the child's shmdt */
	CHECK(ds.shm_atime >= now - 5 && ds.shm_atime <= now + 5);
	CHECK(ds.shm_ctime >= now - 5 && ds.shm_ctime <= now + 5);
	ds.shm_perm.mode = 0640;
	CHECK_INT(shmctl(id, IPC_SET, &ds), 0);
	CHECK_INT(shmctl(id, IPC_STAT, &ds), 0);
	CHECK_PERM_MODE(ds.shm_perm.mode, 0640);
	CHECK_INT(shmdt(p), 0);
	CHECK_INT(shmdt(p), -1);                           CHECK_INT(errno, EINVAL);
	CHECK_INT(shmctl(id, IPC_RMID, 0), 0);
	CHECK_INT(shmctl(id, IPC_STAT, &ds), -1);          CHECK(errno == EINVAL || errno == EIDRM);

	/* bad input */
	CHECK_INT(shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(shmctl(-1, IPC_STAT, &ds), -1);          CHECK_INT(errno, EINVAL);
	CHECK(shmat(-1, 0, 0) == (void *)-1);              CHECK_INT(errno, EINVAL);
	CHECK_INT(shmget(0x7a5c0001, 4096, 0600), -1);      CHECK_INT(errno, ENOENT);
}

static void sem(void)
{
	struct semid_ds ds;
	unsigned short vals[3] = { 1, 2, 3 }, got[3];
	struct sembuf op = { 0, -1, 0 };
	int id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);

	CHECK(id >= 0);
	CHECK_INT(semctl(id, 0, IPC_STAT, (union semun){ .buf = &ds }), 0);
	CHECK_INT(ds.sem_nsems, 3);
	CHECK_PERM_MODE(ds.sem_perm.mode, 0600);
	CHECK_INT(semctl(id, 0, SETALL, (union semun){ .array = vals }), 0);
	CHECK_INT(semctl(id, 0, GETALL, (union semun){ .array = got }), 0);
	CHECK(got[0] == 1 && got[1] == 2 && got[2] == 3);
	CHECK_INT(semctl(id, 1, SETVAL, (union semun){ .val = 5 }), 0);
	CHECK_INT(semctl(id, 1, GETVAL), 5);
	CHECK_INT(semop(id, &op, 1), 0);                   /* 1 -> 0 */
	CHECK_INT(semctl(id, 0, GETVAL), 0);
	CHECK_INT(semctl(id, 0, GETPID), getpid());
	op.sem_flg = IPC_NOWAIT;
	CHECK_INT(semop(id, &op, 1), -1);                  CHECK_INT(errno, EAGAIN);
	op.sem_flg = 0;
	long long t0 = now_ns(CLOCK_MONOTONIC);
	CHECK_INT(semtimedop(id, &op, 1, &(struct timespec){ 0, 30000000 }), -1);
	CHECK_INT(errno, EAGAIN);
	CHECK(now_ns(CLOCK_MONOTONIC) - t0 >= 25000000);
	CHECK_INT(semtimedop(id, &op, 1, &(struct timespec){ 0, 1000000000 }), -1); CHECK_INT(errno, EINVAL);
	ds.sem_perm.mode = 0660;
	CHECK_INT(semctl(id, 0, IPC_SET, (union semun){ .buf = &ds }), 0);
	CHECK_INT(semctl(id, 0, IPC_STAT, (union semun){ .buf = &ds }), 0);
	CHECK_PERM_MODE(ds.sem_perm.mode, 0660);
	CHECK(ds.sem_otime != 0);

	/* bad input */
	op.sem_num = 7;
	CHECK_INT(semop(id, &op, 1), -1);                  CHECK_INT(errno, EFBIG);
	CHECK_INT(semctl(id, 0, SETVAL, (union semun){ .val = -1 }), -1); CHECK_INT(errno, ERANGE);
	CHECK_INT(semctl(id, 0, 12345), -1);               CHECK_INT(errno, EINVAL);
	CHECK_INT(semctl(id, 0, IPC_RMID), 0);
	CHECK_INT(semctl(id, 0, GETVAL), -1);              CHECK(errno == EINVAL || errno == EIDRM);
	CHECK_INT(semget(IPC_PRIVATE, -1, IPC_CREAT | 0600), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(semop(-1, &op, 1), -1);                  CHECK_INT(errno, EINVAL);
}

static void msg(void)
{
	struct { long mtype; char mtext[16]; } m = { 2, "two" }, r;
	struct msqid_ds ds;
	int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);

	CHECK(id >= 0);
	CHECK_INT(msgsnd(id, &m, 4, 0), 0);
	m.mtype = 1;
	strcpy(m.mtext, "one, longer");
	CHECK_INT(msgsnd(id, &m, 12, 0), 0);
	CHECK_INT(msgctl(id, IPC_STAT, &ds), 0);
	CHECK_INT(ds.msg_qnum, 2);
	if (!check_qemu_swapped())
		CHECK_INT(ds.msg_lspid, getpid());
	CHECK(ds.msg_stime != 0);
	CHECK_INT(msgrcv(id, &r, sizeof r.mtext, 1, 0), 12);    /* by type */
	CHECK_STR(r.mtext, "one, longer");
	CHECK_INT(msgrcv(id, &r, sizeof r.mtext, 5, IPC_NOWAIT), -1); CHECK_INT(errno, ENOMSG);
	CHECK_INT(msgrcv(id, &r, 2, 0, IPC_NOWAIT), -1);        CHECK_INT(errno, E2BIG);
	CHECK_INT(msgrcv(id, &r, 2, 0, MSG_NOERROR), 2);        /* cut short */
	CHECK(!memcmp(r.mtext, "tw", 2));
	CHECK_INT(r.mtype, 2);
	CHECK_INT(msgrcv(id, &r, sizeof r.mtext, 0, IPC_NOWAIT), -1); CHECK_INT(errno, ENOMSG);
	m.mtype = 0;
	CHECK_INT(msgsnd(id, &m, 4, 0), -1);                    CHECK_INT(errno, EINVAL);
	CHECK_INT(msgctl(id, IPC_STAT, &ds), 0);
	ds.msg_perm.mode = 0640;
	CHECK_INT(msgctl(id, IPC_SET, &ds), 0);
	CHECK_INT(msgctl(id, IPC_STAT, &ds), 0);
	CHECK_PERM_MODE(ds.msg_perm.mode, 0640);
	if (!under_qemu())
		CHECK_INT(ds.msg_lrpid, getpid());
	CHECK_INT(msgctl(id, IPC_RMID, 0), 0);
	CHECK_INT(msgsnd(id, &m, 4, 0), -1);                    CHECK(errno == EINVAL || errno == EIDRM);
	CHECK_INT(msgctl(-1, IPC_STAT, &ds), -1);               CHECK_INT(errno, EINVAL);
	CHECK_INT(msgget(0x7a5c0002, 0600), -1);                CHECK_INT(errno, ENOENT);
}

int main(void)
{
	int fds = check_count_fds();
	struct stat st;

	if (check_qemu_swapped())
		check_puts("sysv_ipc: ipc_perm.mode and msg_lspid not checked (qemu-user, other byte "
		           "order: qemu writes them with another width than the kernel)\n");

	CHECK_INT(ftok("/nonexistent", 1), -1);
	CHECK_INT(stat("/", &st), 0);
	CHECK_INT(ftok("/", 0x1ab), (key_t)((st.st_ino & 0xffff) | (st.st_dev & 0xff) << 16 | 0xabu << 24));
	CHECK(ftok("/", 1) != ftok("/", 2));
	shm();
	sem();
	msg();
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
