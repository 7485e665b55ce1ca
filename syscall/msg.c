/* System V message queues: msgget, msgsnd, msgrcv, msgctl. */
#include <string.h>
#include <sys/msg.h>
#include <asm/msgbuf.h>
#include "internal/ipc.h"
#include "internal/syscall.h"
#include "internal/defs.h"

weak int msgget(key_t key, int flags)
{
	return syscall_errno(SYS_msgget, key, flags);
}

/* cancellation point */
weak int msgsnd(int id, const void *msg, size_t size, int flags)
{
	return syscall_cp_errno(SYS_msgsnd, id, msg, size, flags);
}

/* cancellation point */
weak ssize_t msgrcv(int id, void *msg, size_t size, long type, int flags)
{
	return syscall_cp_errno(SYS_msgrcv, id, msg, size, type, flags);
}

/* As shmctl: struct msqid_ds through the kernel's msqid64_ds. */
weak int msgctl(int id, int cmd, struct msqid_ds *buf)
{
	struct msqid64_ds k = { 0 };   /* qemu-user writes only the fields it knows */
	long r;

	switch (cmd) {
	case IPC_STAT: case MSG_STAT: case MSG_STAT_ANY:
		r = __syscall(SYS_msgctl, id, cmd | IPC_CMD_64, &k);
		if (r >= 0) {
			memset(buf, 0, sizeof *buf);
			ipc_perm_from_kernel(&buf->msg_perm, &k.msg_perm);
			buf->msg_stime = KERNEL_TIME(&k, msg_stime);
			buf->msg_rtime = KERNEL_TIME(&k, msg_rtime);
			buf->msg_ctime = KERNEL_TIME(&k, msg_ctime);
			buf->__msg_cbytes = k.msg_cbytes;
			buf->msg_qnum = k.msg_qnum;
			buf->msg_qbytes = k.msg_qbytes;
			buf->msg_lspid = k.msg_lspid;
			buf->msg_lrpid = k.msg_lrpid;
		}
		return __syscall_ret(r);
	case IPC_SET:
		ipc_perm_to_kernel(&k.msg_perm, &buf->msg_perm);
		k.msg_qbytes = buf->msg_qbytes;
		return syscall_errno(SYS_msgctl, id, cmd | IPC_CMD_64, &k);
	}
	return syscall_errno(SYS_msgctl, id, cmd | IPC_CMD_64, buf);
}
