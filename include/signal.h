#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <features.h>
#include <bits/types.h>
#include <bits/signal.h>    /* SIG*, SA_*, SS_*: from the kernel's <asm/signal.h> */

#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIG_ERR ((void (*)(int))-1)
#define SIGRTMIN 32          /* taskrt reserves no real-time signal */
#define SIGRTMAX __KERNEL_NSIG   /* the kernel's _NSIG: 64, or 128 on MIPS */
#define NSIG     (__KERNEL_NSIG + 1)
#ifndef SIGSTKSZ
#define SIGSTKSZ 8192
#endif

typedef int sig_atomic_t;
void (*signal(int sig, void (*handler)(int)))(int);
int raise(int sig);

/* The POSIX types are always here (other POSIX headers need them, and
 * they take no name an ISO C program may use for a function or object);
 * the POSIX functions only when the program asks for POSIX. */

/* 1024 bits, as glibc and musl have it; the kernel reads the first 64. */
typedef struct { unsigned long __bits[128 / sizeof(long)]; } sigset_t;

union sigval { int sival_int; void *sival_ptr; };

/* The kernel's siginfo: 128 bytes, the union after three ints (and padding
 * to pointer alignment on 64-bit). */
typedef struct {
	int si_signo, si_errno, si_code;
	union {
		char __pad[128 - 4 * sizeof(int)];
		struct { pid_t pid; uid_t uid; union sigval value; } kill;
		struct { int timerid, overrun; union sigval value; } timer;
		struct { pid_t pid; uid_t uid; int status; long utime, stime; } child;
		struct { void *addr; } fault;
	} __u;
} siginfo_t;
#define si_pid    __u.kill.pid
#define si_uid    __u.kill.uid
#define si_value  __u.kill.value
#define si_status __u.child.status
#define si_addr   __u.fault.addr

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

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#ifdef __TASKRT_POSIX
typedef void (*sighandler_t)(int);

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
char *strsignal(int sig);

#endif

#endif
