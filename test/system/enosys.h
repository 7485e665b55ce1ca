/* The ENOSYS probe of /init (test/system/init.c): a test that failed is
 * run once more under ptrace, stopping at every system call's entry and
 * exit, and the calls that answered -ENOSYS are named.  The names come
 * from <bits/syscall.h> (syscall_names.h is generated from it by the
 * Makefile: one "{ SYS_x, "x" }," line per call).
 *
 * PTRACE_GET_SYSCALL_INFO (Linux 5.3) gives the call's number at entry
 * and its return value at exit for every arch alike, so no register
 * layout is needed here.  The exit stop does not repeat the number: it
 * is kept per traced thread from its entry stop.  Threads and children
 * of the test are traced too (TRACECLONE, TRACEFORK, TRACEVFORK); their
 * first stop is a SIGSTOP the tracer swallows.  A kernel without ptrace
 * (or without GET_SYSCALL_INFO) makes the probe find nothing, and the
 * test stays a failure. */
#ifndef TASKRT_TEST_SYSTEM_ENOSYS_H
#define TASKRT_TEST_SYSTEM_ENOSYS_H

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const struct { long nr; const char *name; } enosys_table[] = {
#include "syscall_names.h"
};

/* The kernel's struct ptrace_syscall_info (<linux/ptrace.h>), the parts
 * read here. */
struct enosys_info {
	uint8_t op;
	uint8_t pad[3];
	uint32_t arch;
	uint64_t ip, sp;
	union {
		struct { uint64_t nr, args[6]; } entry;
		struct { int64_t rval; uint8_t is_error; } exit;
		char whole[64];
	} u;
};

static void enosys_traceme(void)
{
	ptrace(PTRACE_TRACEME, 0, 0, 0);
	raise(SIGSTOP);  /* the tracer sets its options before execve */
}

static const char *enosys_name(long nr)
{
	for (size_t i = 0; i < sizeof enosys_table / sizeof enosys_table[0]; i++)
		if (enosys_table[i].nr == nr)
			return enosys_table[i].name;
	return 0;
}

/* Add NAME (or "#nr") to the comma list in NAMES, once. */
static void enosys_add(char *names, size_t size, long nr)
{
	char num[24];
	const char *name = enosys_name(nr);
	size_t have = strlen(names), n;
	const char *p;

	if (!name) {
		snprintf(num, sizeof num, "#%ld", nr);
		name = num;
	}
	n = strlen(name);
	for (p = names; (p = strstr(p, name)); p += n)
		if ((p == names || p[-1] == ',') && (p[n] == 0 || p[n] == ','))
			return;
	if (have + n + 2 < size)
		snprintf(names + have, size - have, "%s%s", have ? "," : "", name);
}

#define ENOSYS_TIDS 64

/* Run test NAME (through EXEC, traced) and list in NAMES the system
 * calls that answered ENOSYS; returns how many, 0 if none or if the
 * kernel cannot trace.  It takes TIMEOUT seconds at most. */
static int enosys_rerun(const char *name, int index, void (*exec)(const char *, int, int),
                        int timeout, char *names, size_t size)
{
	static pid_t tids[ENOSYS_TIDS];
	static long nrs[ENOSYS_TIDS];
	int found = 0, w, ntids = 0;
	struct timespec give = { 1, 0 };
	sigset_t chld;
	time_t start = time(0);
	pid_t pid = fork(), tid;

	names[0] = 0;
	if (pid < 0)
		return 0;
	if (pid == 0)
		exec(name, index, 1);
	setpgid(pid, pid);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	if (waitpid(pid, &w, __WALL) != pid || !WIFSTOPPED(w)
	    || ptrace(PTRACE_SETOPTIONS, pid, 0, (void *)(long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL
	               | PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACEEXEC)) != 0) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
		while (waitpid(-pid, &w, __WALL) > 0)
			;
		return 0;
	}
	tids[ntids] = pid, nrs[ntids++] = -1;
	ptrace(PTRACE_SYSCALL, pid, 0, 0);
	for (;;) {
		int sig = 0, i;

		tid = waitpid(-pid, &w, __WALL | WNOHANG);
		if (tid == 0) {
			if (time(0) - start > timeout) {
				kill(-pid, SIGKILL);
				continue;
			}
			sigtimedwait(&chld, 0, &give);
			continue;
		}
		if (tid < 0)
			break;  /* nothing of the test's group is left */
		if (!WIFSTOPPED(w))
			continue;
		for (i = 0; i < ntids && tids[i] != tid; i++)
			;
		if (i == ntids) {  /* a new thread or child: its first stop */
			if (ntids < ENOSYS_TIDS)
				tids[ntids] = tid, nrs[ntids++] = -1;
			if (WSTOPSIG(w) == SIGSTOP) {
				ptrace(PTRACE_SYSCALL, tid, 0, 0);
				continue;
			}
			i = ntids - 1;
		}
		if (WSTOPSIG(w) == (SIGTRAP | 0x80)) {
			struct enosys_info info;

			memset(&info, 0, sizeof info);
			if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof info, &info) > 0) {
				if (info.op == 1)        /* PTRACE_SYSCALL_INFO_ENTRY */
					nrs[i] = (long)info.u.entry.nr;
				else if (info.op == 2 && info.u.exit.rval == -ENOSYS && nrs[i] >= 0) {
					enosys_add(names, size, nrs[i]);
					found++;
				}
			}
		} else if (w >> 16 == 0) {
			/* a signal for the test: deliver it (events, the exec
			 * and the clones, are stops of their own, w >> 16) */
			sig = WSTOPSIG(w);
		}
		ptrace(PTRACE_SYSCALL, tid, 0, (void *)(long)sig);
	}
	return found;
}

#endif
