#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <features.h>
#include <bits/types.h>
#include <bits/signal.h>    /* SIG*, SA_*, SS_*: from the kernel's <asm/signal.h> */
#include <bits/sigstruct.h> /* __SIGINFO_HEAD, stack_t: the arch's field order */

#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIG_ERR ((void (*)(int))-1)
/* The real-time signals a program may use, as glibc has them: functions
 * behind macros, from 34 (taskrt keeps 32 for cancellation and 33 for
 * SIGEV_THREAD timers, as glibc does) to the kernel's _NSIG (64), or 127
 * where _NSIG is 128 (MIPS): a wait status has only 7 bits for the
 * signal, as in glibc and musl.  __SIGRTMIN and __SIGRTMAX are those
 * bounds, NSIG one more than the last. */
#define __SIGRTMIN 32
#define __SIGRTMAX (__KERNEL_NSIG > 127 ? 127 : __KERNEL_NSIG)
#define SIGRTMIN (__libc_current_sigrtmin())
#define SIGRTMAX (__libc_current_sigrtmax())
#define NSIG     (__SIGRTMAX + 1)
#ifndef SIGSTKSZ
#define SIGSTKSZ 8192
#endif

typedef int sig_atomic_t;
int __libc_current_sigrtmin(void);
int __libc_current_sigrtmax(void);
void (*signal(int sig, void (*handler)(int)))(int);
int raise(int sig);

/* The POSIX types are always here (other POSIX headers need them, and
 * they take no name an ISO C program may use for a function or object);
 * the POSIX functions only when the program asks for POSIX. */

/* 1024 bits, as glibc and musl have it; the kernel reads the first 64. */
typedef struct { unsigned long __bits[128 / sizeof(long)]; } sigset_t;

union sigval { int sival_int; void *sival_ptr; };

/* The kernel's siginfo: 128 bytes, the union after three ints, padded
 * to the union's alignment (offset 16 on 64-bit arches, 12 on 32-bit).
 * syscall/sigwait.c asserts the offsets of asm-generic/siginfo.h. */
typedef struct {
	__SIGINFO_HEAD;               /* si_signo, si_errno, si_code in some order */
	union {
		char __pad[128 - ((3 * sizeof(int) + sizeof(long) - 1) & -sizeof(long))];
		struct { pid_t pid; uid_t uid; union sigval value; } kill;   /* kill, sigqueue */
		struct { int timerid, overrun; union sigval value; } timer;  /* POSIX timers */
		struct { pid_t pid; uid_t uid; int status; long utime, stime; } child;  /* SIGCHLD */
		struct { void *addr; short addr_lsb; } fault;  /* SIGSEGV, SIGBUS, SIGILL, SIGFPE */
		struct { long band; int fd; } poll;            /* SIGPOLL */
		struct { void *call_addr; int syscall; unsigned arch; } sys;  /* SIGSYS */
	} __u;
} siginfo_t;
#define si_pid       __u.kill.pid
#define si_uid       __u.kill.uid
#define si_value     __u.kill.value
#define si_int       __u.kill.value.sival_int
#define si_ptr       __u.kill.value.sival_ptr
#define si_timerid   __u.timer.timerid
#define si_overrun   __u.timer.overrun
#define si_status    __u.child.status
#define si_utime     __u.child.utime
#define si_stime     __u.child.stime
#define si_addr      __u.fault.addr
#define si_addr_lsb  __u.fault.addr_lsb
#define si_band      __u.poll.band
#define si_fd        __u.poll.fd
#define si_call_addr __u.sys.call_addr
#define si_syscall   __u.sys.syscall
#define si_arch      __u.sys.arch

/* The kernel's sigevent: 64 bytes.  The union's member names are glibc's
 * (_sigev_un._tid, ...): programs written for glibc before 2.35 spell
 * sigev_notify_thread_id that way. */
typedef struct sigevent {
	union sigval sigev_value;
	int sigev_signo;
	int sigev_notify;              /* SIGEV_SIGNAL, SIGEV_NONE, SIGEV_THREAD_ID, ... */
	union {
		char _pad[64 - 2 * sizeof(int) - sizeof(union sigval)];
		pid_t _tid;                /* SIGEV_THREAD_ID: the thread to signal */
		struct {
			void (*_function)(union sigval);
			void *_attribute;  /* pthread_attr_t * */
		} _sigev_thread;
	} _sigev_un;
} sigevent_t;
#define sigev_notify_thread_id  _sigev_un._tid
#define sigev_notify_function   _sigev_un._sigev_thread._function
#define sigev_notify_attributes _sigev_un._sigev_thread._attribute

struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler   __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

#include <bits/sigstack.h>  /* SS_ONSTACK, SS_DISABLE, SS_AUTODISARM: <linux/signal.h> */

#ifdef __TASKRT_POSIX
#include <bits/siginfo.h>   /* SI_*, SEGV_*, BUS_*, CLD_*, ...: the kernel's codes */

typedef void (*sighandler_t)(int);
struct timespec;

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old);
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int sigaltstack(const stack_t *restrict ss, stack_t *restrict old);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int kill(pid_t pid, int sig);
int killpg(pid_t group, int sig);
char *strsignal(int sig);
int sigwait(const sigset_t *restrict set, int *restrict sig);
int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info);
int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
                 const struct timespec *restrict timeout);
int sigqueue(pid_t pid, int sig, const union sigval value);
int siginterrupt(int sig, int flag);
void psignal(int sig, const char *s);
void psiginfo(const siginfo_t *info, const char *s);

#endif

#endif
