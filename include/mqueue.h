/* <mqueue.h>: POSIX message queues, the kernel's (a name is "/name"; the
 * kernel is given it without the '/').  mq_notify takes SIGEV_SIGNAL and
 * SIGEV_NONE; SIGEV_THREAD, which needs a helper thread, is ENOSYS. */
#ifndef _MQUEUE_H
#define _MQUEUE_H

#include <features.h>
#include <bits/types.h>
#include <bits/fcntl.h>     /* O_CREAT, O_EXCL, O_NONBLOCK, ... */
#include <bits/mqueue.h>    /* MQ_PRIO_MAX */
#include <bits/timespec.h>
#include <signal.h>         /* struct sigevent */

typedef int mqd_t;

/* The kernel's struct mq_attr. */
struct mq_attr {
	long mq_flags;              /* 0 or O_NONBLOCK */
	long mq_maxmsg;             /* messages the queue holds */
	long mq_msgsize;            /* bytes a message may have */
	long mq_curmsgs;            /* messages queued */
	long __pad[4];
};

/* mq_open(name, flags [, mode_t mode, struct mq_attr *attr]) */
mqd_t mq_open(const char *name, int flags, ...);
int mq_close(mqd_t q);
int mq_unlink(const char *name);
int mq_send(mqd_t q, const char *msg, size_t n, unsigned prio);
int mq_timedsend(mqd_t q, const char *msg, size_t n, unsigned prio, const struct timespec *restrict deadline);
ssize_t mq_receive(mqd_t q, char *msg, size_t n, unsigned *prio);
ssize_t mq_timedreceive(mqd_t q, char *restrict msg, size_t n, unsigned *restrict prio,
                        const struct timespec *restrict deadline);
int mq_getattr(mqd_t q, struct mq_attr *attr);
int mq_setattr(mqd_t q, const struct mq_attr *restrict attr, struct mq_attr *restrict old);
int mq_notify(mqd_t q, const struct sigevent *ev);

#endif
