/* <sys/msg.h>: System V message queues.  MSG_NOERROR, MSG_EXCEPT, ...
 * from the kernel's <linux/msg.h>; struct msqid_ds is glibc's with a
 * 64-bit time_t. */
#ifndef _SYS_MSG_H
#define _SYS_MSG_H

#include <sys/ipc.h>
#include <bits/msg.h>

typedef unsigned long msgqnum_t;
typedef unsigned long msglen_t;

struct msqid_ds {
	struct ipc_perm msg_perm;
	time_t msg_stime;           /* last msgsnd */
	time_t msg_rtime;           /* last msgrcv */
	time_t msg_ctime;           /* last change */
	unsigned long __msg_cbytes; /* bytes queued */
	msgqnum_t msg_qnum;         /* messages queued */
	msglen_t msg_qbytes;        /* most bytes allowed */
	pid_t msg_lspid;            /* last msgsnd */
	pid_t msg_lrpid;            /* last msgrcv */
	unsigned long __glibc_reserved4;
	unsigned long __glibc_reserved5;
};

#ifdef __TASKRT_POSIX
/* A message: its type (> 0), then its bytes. */
struct msgbuf {
	long mtype;
	char mtext[1];
};

/* IPC_INFO's and MSG_INFO's answer. */
struct msginfo {
	int msgpool, msgmap, msgmax, msgmnb, msgmni, msgssz, msgtql;
	unsigned short msgseg;
};
#endif

int msgget(key_t key, int flags);
int msgsnd(int id, const void *msg, size_t size, int flags);
ssize_t msgrcv(int id, void *msg, size_t size, long type, int flags);
int msgctl(int id, int cmd, struct msqid_ds *buf);

#endif
