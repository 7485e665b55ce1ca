/* Waiting for signals, queueing them, and telling them to stderr.
 *
 * The waits take the first KERNEL_SIGSET_SIZE bytes of a sigset_t, as every
 * rt_sig* call does (internal/signal.h).  32-bit arches pass the timeout
 * through rt_sigtimedwait_time64, 64-bit ones through rt_sigtimedwait:
 * either way two 64-bit fields, as in syscall/time.c.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_rt_sigtimedwait_time64
#define SYS_RT_SIGTIMEDWAIT SYS_rt_sigtimedwait_time64
#else
#define SYS_RT_SIGTIMEDWAIT SYS_rt_sigtimedwait
#endif

/* siginfo_t as the kernel lays it out (include/uapi/asm-generic/siginfo.h):
 * the union after __ARCH_SI_PREAMBLE_SIZE = 3 ints rounded up to the
 * union's alignment, and every member at its offset inside _sifields. */
#define SI_PREAMBLE ((3 * sizeof(int) + sizeof(long) - 1) & -sizeof(long))
_Static_assert(sizeof(siginfo_t) == 128, "siginfo_t is SI_MAX_SIZE");
_Static_assert(offsetof(siginfo_t, si_pid) == SI_PREAMBLE, "_kill._pid");
_Static_assert(offsetof(siginfo_t, si_uid) == SI_PREAMBLE + 4, "_kill._uid");
_Static_assert(offsetof(siginfo_t, si_value) == SI_PREAMBLE + 8, "_rt._sigval");
_Static_assert(offsetof(siginfo_t, si_timerid) == SI_PREAMBLE, "_timer._tid");
_Static_assert(offsetof(siginfo_t, si_overrun) == SI_PREAMBLE + 4, "_timer._overrun");
_Static_assert(offsetof(siginfo_t, __u.timer.value) == SI_PREAMBLE + 8, "_timer._sigval");
_Static_assert(offsetof(siginfo_t, si_status) == SI_PREAMBLE + 8, "_sigchld._status");
_Static_assert(offsetof(siginfo_t, si_utime) == SI_PREAMBLE + ROUND_UP(12, sizeof(long)), "_sigchld._utime");
_Static_assert(offsetof(siginfo_t, si_stime) == SI_PREAMBLE + ROUND_UP(12, sizeof(long)) + sizeof(long), "_sigchld._stime");
_Static_assert(offsetof(siginfo_t, si_addr) == SI_PREAMBLE, "_sigfault._addr");
_Static_assert(offsetof(siginfo_t, si_addr_lsb) == SI_PREAMBLE + sizeof(void *), "_sigfault._addr_lsb");
_Static_assert(offsetof(siginfo_t, si_band) == SI_PREAMBLE, "_sigpoll._band");
_Static_assert(offsetof(siginfo_t, si_fd) == SI_PREAMBLE + sizeof(long), "_sigpoll._fd");
_Static_assert(offsetof(siginfo_t, si_syscall) == SI_PREAMBLE + sizeof(void *), "_sigsys._syscall");
_Static_assert(offsetof(siginfo_t, si_arch) == SI_PREAMBLE + sizeof(void *) + 4, "_sigsys._arch");
/* sigevent (SIGEV_MAX_SIZE, __ARCH_SIGEV_PREAMBLE_SIZE = 2 ints + a sigval). */
_Static_assert(sizeof(struct sigevent) == 64, "sigevent is SIGEV_MAX_SIZE");
_Static_assert(offsetof(struct sigevent, sigev_signo) == sizeof(union sigval), "sigev_signo");
_Static_assert(offsetof(struct sigevent, sigev_notify) == sizeof(union sigval) + 4, "sigev_notify");
_Static_assert(offsetof(struct sigevent, sigev_notify_thread_id) == sizeof(union sigval) + 8, "_sigev_un._tid");

struct kernel_timespec { long long sec, nsec; };

/* The set the kernel waits on: the program's, without the two signals
 * taskrt keeps (SIGCANCEL, SIGTIMER), as glibc leaves out its own: a
 * cancel must act, not be taken for the program's signal. */
static const kernel_sigset_t *program_set(const sigset_t *set, kernel_sigset_t *k)
{
	memcpy(k, set, sizeof *k);
	KERNEL_SIGSET_DEL_CANCEL(k);
	k->bits[(SIGTIMER - 1) / (8 * sizeof(unsigned long))] &= ~(1UL << (SIGTIMER - 1) % (8 * sizeof(unsigned long)));
	return k;
}

weak int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
                      const struct timespec *restrict timeout)
{
	struct kernel_timespec k;

	if (timeout)
		k = (struct kernel_timespec){ timeout->tv_sec, timeout->tv_nsec };
	/* EAGAIN when the timeout passes, EINVAL for a bad one (the
	 * kernel's answers, and POSIX's). */
	kernel_sigset_t ks;
	return syscall_cp_errno(SYS_RT_SIGTIMEDWAIT, program_set(set, &ks), info, timeout ? &k : 0,
	                        KERNEL_SIGSET_SIZE);
}

weak int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info)
{
	kernel_sigset_t ks;
	return syscall_cp_errno(SYS_RT_SIGTIMEDWAIT, program_set(set, &ks), info, 0, KERNEL_SIGSET_SIZE);
}

/* The error number, not -1 and errno; a handler's EINTR is waited
 * through, as glibc does (POSIX lets sigwait not fail with EINTR). */
weak int sigwait(const sigset_t *restrict set, int *restrict sig)
{
	kernel_sigset_t ks;
	long r;

	program_set(set, &ks);
	do r = __syscall_cp(SYS_RT_SIGTIMEDWAIT, &ks, 0, 0, KERNEL_SIGSET_SIZE);
	while (r == -EINTR);
	if (r < 0)
		return -r;
	*sig = r;
	return 0;
}

/* What kill does, with a value, and si_code SI_QUEUE so that the receiver
 * knows it came from sigqueue. */
weak int sigqueue(pid_t pid, int sig, const union sigval value)
{
	siginfo_t si;

	__builtin_memset(&si, 0, sizeof si);
	si.si_signo = sig;
	si.si_code = SI_QUEUE;
	si.si_pid = __syscall(SYS_getpid);
	si.si_uid = __getuid();
	si.si_value = value;
	return syscall_errno(SYS_rt_sigqueueinfo, pid, sig, &si);
}

/* flag 1: a handler of sig interrupts system calls (EINTR); 0: they
 * restart.  Only SA_RESTART changes, as in glibc. */
weak int siginterrupt(int sig, int flag)
{
	struct sigaction sa;

	if (__sigaction(sig, 0, &sa) < 0)
		return -1;
	if (flag)
		sa.sa_flags &= ~SA_RESTART;
	else
		sa.sa_flags |= SA_RESTART;
	return __sigaction(sig, &sa, 0);
}

/* "s: description\n" on stderr, one write, as glibc prints it; no "s: "
 * when s is null or empty. */
static void print_signal(int sig, const char *s)
{
	char buf[256];
	size_t n = 0, len;
	const char *d = __strsignal(sig);

	if (s && *s) {
		len = strlen(s);
		if (len > sizeof buf - 64)
			len = sizeof buf - 64;
		memcpy(buf, s, len);
		memcpy(buf + len, ": ", 2);
		n = len + 2;
	}
	len = strlen(d);
	if (len > sizeof buf - n - 1)
		len = sizeof buf - n - 1;
	memcpy(buf + n, d, len);
	n += len;
	buf[n++] = '\n';
	__write(2, buf, n);
}

weak void psignal(int sig, const char *s)
{
	print_signal(sig, s);
}

/* As psignal, for info's signal.  (glibc adds the sender or the fault
 * address in parentheses; taskrt prints the description alone.) */
weak void psiginfo(const siginfo_t *info, const char *s)
{
	print_signal(info->si_signo, s);
}
