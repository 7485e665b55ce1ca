/* The fault launcher: installs a seccomp filter, then runs a program
 * under it (docs/faults.md).
 *
 *   launcher [-e NAME=ERRNO]... [-n NAME]... -- PROGRAM [ARG...]
 *
 * -e NAME=ERRNO  every call of NAME answers ERRNO (SECCOMP_RET_ERRNO): the
 *                container case, e.g. -e clone3=ENOSYS; no kernel support
 *                beyond seccomp itself (Linux 3.5) is needed.
 * -n NAME        calls of NAME go to the launcher's supervisor thread
 *                (SECCOMP_RET_USER_NOTIF, Linux 5.5 for the "continue"
 *                answer), which lets them through until the program arms a
 *                rule for NAME: "fail the N-th call from now" or "fail
 *                every K-th call", with an errno of its choice.
 *
 * Why a supervisor and not the BPF program alone: a filter has no state,
 * so it cannot count calls.  SECCOMP_RET_TRACE would need a ptracer and
 * would hide the program from gdb and from test/system's ENOSYS probe;
 * a user-notify listener counts in plain C and answers either "carry on"
 * (SECCOMP_USER_NOTIF_FLAG_CONTINUE) or an error.
 *
 * The program arms and disarms rules itself, with a prctl the filter
 * sends to the supervisor: prctl(FAULT_MAGIC, op, nr, n, errno)
 * (test/fault/fault.h).  So it can take its /proc/self/maps snapshot,
 * arm "fail the 3rd mmap", call one entry point, disarm (learning whether
 * the fault fired), and compare, all in one process and without the
 * snapshot's own calls being counted.  Without the launcher the prctl is
 * EINVAL, and the program knows it is not under fault injection.
 *
 * Seccomp filters are per thread: the supervisor thread is created before
 * the filter, so its own calls are never filtered.  The launcher's main
 * thread installs the filter, forks the program (which inherits it) and
 * waits; its own routed calls (the fork's clone, wait4) are always let
 * through, since rules are armed only by the program.  The exit status
 * is the program's; a program killed by a signal is reported on stderr
 * and gives 128 + the signal, as a shell does.
 *
 * Under qemu-user there is no seccomp: the launcher says so on a "SKIP:"
 * line and exits 77, test/run.sh's visible skip.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "fault.h"

static const struct { long nr; const char *name; } names[] = {
#include "syscall_names.h"
};

static const struct { int value; const char *name; } errnos[] = {
	{ ENOSYS, "ENOSYS" }, { ENOMEM, "ENOMEM" }, { EAGAIN, "EAGAIN" }, { EMFILE, "EMFILE" },
	{ ENFILE, "ENFILE" }, { EINTR, "EINTR" }, { EPERM, "EPERM" }, { EACCES, "EACCES" },
	{ EIO, "EIO" }, { ENOSPC, "ENOSPC" },
};

#define MAX_RULES 64

static struct { long nr; unsigned action; } filter_rules[MAX_RULES];
static int n_filter_rules;

/* The armed rules, per system call: fail the call whose count reaches
 * `at` (then disarm), or every `every`-th call. */
static struct armed { long nr, count, at, every; int err; unsigned cmds; } armed[MAX_RULES];
static long injected;           /* faults answered since the last FAULT_OFF */
static long injected_total;
static volatile int listener = -1;
static volatile pid_t launcher_tid;

static void die(const char *what)
{
	fprintf(stderr, "launcher: %s\n", what);
	exit(2);
}

static long syscall_number(const char *name)
{
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i].name, name))
			return names[i].nr;
	fprintf(stderr, "launcher: no system call named '%s' on this arch\n", name);
	exit(2);
}

static int errno_value(const char *name)
{
	for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
		if (!strcmp(errnos[i].name, name))
			return errnos[i].value;
	fprintf(stderr, "launcher: unknown errno name '%s'\n", name);
	exit(2);
}

/* The AUDIT_ARCH_* value seccomp_data.arch holds for this program's own
 * calls, read off its ELF header: the machine, 64-bit and little-endian
 * bits are exactly what linux/audit.h's values are made of (MIPS n64 and
 * the others taskrt supports have no further convention bits). */
static uint32_t own_audit_arch(void)
{
	unsigned char h[20];
	int fd = open("/proc/self/exe", O_RDONLY);
	uint32_t arch;

	if (fd < 0 || read(fd, h, sizeof h) != sizeof h)
		die("cannot read /proc/self/exe's ELF header");
	close(fd);
	arch = h[5] == 1 ? h[18] | h[19] << 8 : h[19] | h[18] << 8;   /* e_machine */
	if (h[4] == 2)
		arch |= __AUDIT_ARCH_64BIT;
	if (h[5] == 1)
		arch |= __AUDIT_ARCH_LE;
	return arch;
}

/* The filter: calls of another arch (none, for a taskrt program) pass;
 * the -e and -n rules in order; the fault prctl to the supervisor. */
static int install_filter(int want_listener)
{
	struct sock_filter code[8 + 2 * MAX_RULES], *p = code;
	unsigned arg0 = offsetof(struct seccomp_data, args[0])
	                + (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? 4 : 0);   /* its low half */
	struct sock_fprog prog;

	*p++ = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
	*p++ = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, own_audit_arch(), 1, 0);
	*p++ = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	*p++ = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
	for (int i = 0; i < n_filter_rules; i++) {
		*p++ = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, filter_rules[i].nr, 0, 1);
		*p++ = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, filter_rules[i].action);
	}
	*p++ = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_prctl, 0, 3);
	*p++ = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, arg0);
	*p++ = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, FAULT_MAGIC, 0, 1);
	*p++ = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
	                                    want_listener ? SECCOMP_RET_USER_NOTIF : SECCOMP_RET_ALLOW);
	*p++ = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	prog = (struct sock_fprog){ (unsigned short)(p - code), code };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return -1;
	/* WAIT_KILLABLE_RECV (Linux 5.19): once the supervisor has a call,
	 * only a fatal signal ends its wait, so that a signal to a program
	 * with a handler cannot turn a routed mmap or futex wake into an
	 * EINTR the kernel would never give; older kernels go without. */
	if (want_listener) {
		int fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER
		                 | SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV, &prog);
		if (fd >= 0 || errno != EINVAL)
			return fd;
	}
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
	               want_listener ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, &prog);
}

static struct armed *rule_for(long nr, int make)
{
	for (int i = 0; i < MAX_RULES; i++)
		if (armed[i].nr == nr && (armed[i].at || armed[i].every))
			return &armed[i];
	if (make)
		for (int i = 0; i < MAX_RULES; i++)
			if (!armed[i].at && !armed[i].every)
				return &armed[i];
	return 0;
}

/* The program's prctl(FAULT_MAGIC, op, nr, n, err): the answer it gets. */
static long control(const __u64 *args)
{
	long op = (long)args[1], nr = (long)args[2], n = (long)args[3], r;
	struct armed *a;

	switch (op) {
	case FAULT_PING:
		return FAULT_PONG;
	case FAULT_NTH:
	case FAULT_EVERY:
		if (n < 1 || !(a = rule_for(nr, 1)))
			return -EINVAL;
		/* err's upper half: a set of futex commands (1 << cmd) the
		 * rule counts, for FUTEX_WAIT but not FUTEX_WAKE; 0 counts all */
		*a = (struct armed){ .nr = nr, .err = (int)(args[4] & 0xffff),
		                     .cmds = (unsigned)(args[4] >> 16) & 0xffff };
		if (op == FAULT_NTH)
			a->at = n;
		else
			a->every = n;
		return 0;
	case FAULT_OFF:
		memset(armed, 0, sizeof armed);
		r = injected;
		injected = 0;
		return r;
	case FAULT_TOTAL:
		return injected_total;
	}
	return -EINVAL;
}

/* One routed call: 0 to let it through, else the errno it answers. */
static int decide(long nr, const __u64 *args)
{
	struct armed *a = rule_for(nr, 0);

	if (!a || (a->cmds && !(a->cmds & 1u << (args[1] & 15))))
		return 0;
	a->count++;
	if (a->every ? a->count % a->every != 0 : a->count != a->at)
		return 0;
	if (a->at)
		a->at = 0;   /* fired: disarmed */
	injected++;
	injected_total++;
	return a->err;
}

/* The supervisor takes no lock of the library's: the main thread may be
 * inside fork (which holds malloc's and stdio's locks across its clone)
 * when its routed call reaches us.  So no malloc or stdio here but to die. */
static union { struct seccomp_notif n; char room[512]; } req_buf;
static union { struct seccomp_notif_resp r; char room[512]; } resp_buf;

static void *supervise(void *unused)
{
	struct seccomp_notif_sizes sizes;
	struct seccomp_notif *req = &req_buf.n;
	struct seccomp_notif_resp *resp = &resp_buf.r;
	struct timespec ms = { 0, 1000000 };

	(void)unused;
	while (listener < 0)
		nanosleep(&ms, 0);
	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0
	    || sizes.seccomp_notif > sizeof req_buf || sizes.seccomp_notif_resp > sizeof resp_buf)
		die("SECCOMP_GET_NOTIF_SIZES failed, or larger than we know");
	for (;;) {
		memset(req, 0, sizes.seccomp_notif);
		if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, req) != 0) {
			if (errno == EINTR || errno == ENOENT)
				continue;
			die("SECCOMP_IOCTL_NOTIF_RECV failed");
		}
		memset(resp, 0, sizes.seccomp_notif_resp);
		resp->id = req->id;
		if (req->data.nr == SYS_prctl && (uint32_t)req->data.args[0] == FAULT_MAGIC) {
			long r = control(req->data.args);
			if (r < 0)
				resp->error = (int)r;
			else
				resp->val = r;
		} else {
			int err = (pid_t)req->pid == launcher_tid ? 0 : decide(req->data.nr, req->data.args);
			if (err)
				resp->error = -err;
			else
				resp->flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
		}
		/* ENOENT: the caller died (a signal) while we decided */
		if (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, resp) != 0 && errno != ENOENT)
			die("SECCOMP_IOCTL_NOTIF_SEND failed");
	}
	return 0;
}

static void usage(void)
{
	die("usage: launcher [-e NAME=ERRNO]... [-n NAME]... -- PROGRAM [ARG...]");
}

int main(int argc, char **argv)
{
	int i, routed = 0, status, fd;
	pthread_t supervisor;
	pid_t pid;

	for (i = 1; i < argc && strcmp(argv[i], "--"); i += 2) {
		char *eq;
		if (i + 1 >= argc || n_filter_rules == MAX_RULES)
			usage();
		if (!strcmp(argv[i], "-e") && (eq = strchr(argv[i + 1], '='))) {
			*eq = 0;
			filter_rules[n_filter_rules].nr = syscall_number(argv[i + 1]);
			filter_rules[n_filter_rules++].action = SECCOMP_RET_ERRNO | errno_value(eq + 1);
		} else if (!strcmp(argv[i], "-n")) {
			filter_rules[n_filter_rules].nr = syscall_number(argv[i + 1]);
			filter_rules[n_filter_rules++].action = SECCOMP_RET_USER_NOTIF;
			routed = 1;
		} else {
			usage();
		}
	}
	if (i + 1 >= argc)
		usage();
	routed = 1;   /* the fault prctl always reaches the supervisor */
	launcher_tid = (pid_t)syscall(SYS_gettid);
	if (routed && pthread_create(&supervisor, 0, supervise, 0) != 0)
		die("cannot create the supervisor thread");
	fd = install_filter(routed);
	if (fd < 0) {
		/* qemu-user: ENOSYS or EINVAL; a kernel without seccomp: EINVAL */
		printf("SKIP: seccomp is not available here (%s): %s\n",
		       getenv("TASKRT_TEST_MODE") && !strcmp(getenv("TASKRT_TEST_MODE"), "qemu")
		       ? "qemu-user has no seccomp" : "the kernel refused the filter",
		       strerror(errno));
		return 77;
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	listener = fd;
	fflush(0);
	pid = fork();
	if (pid < 0)
		die("fork failed");
	if (pid == 0) {
		close(fd);
		execv(argv[i + 1], argv + i + 1);
		fprintf(stderr, "launcher: cannot run %s: %s\n", argv[i + 1], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			die("waitpid failed");
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "launcher: %s killed by signal %d (%s)\n", argv[i + 1],
		        WTERMSIG(status), strsignal(WTERMSIG(status)));
		return 128 + WTERMSIG(status);
	}
	if (injected_total)
		fprintf(stderr, "launcher: %ld faults injected through the supervisor\n", injected_total);
	return WEXITSTATUS(status);
}
