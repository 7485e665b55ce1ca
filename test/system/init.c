/* /init of the system-mode test image (make check-system, make initramfs):
 * the first process of a real kernel, built with taskrt itself.
 *
 * It mounts /proc, /sys, /dev (devtmpfs), /dev/pts, /dev/shm and /tmp,
 * brings the loopback interface up, then runs the tests /tests/LIST names
 * (lines "INDEX NAME", the binary is /tests/NAME) the way test/run.sh
 * does: each with the arguments "arg1" "two words", TASKRT_TEST_MODE=system
 * in its environment, its output in a file, TEST_TIMEOUT seconds at most
 * (then its process group is killed and its status is 124, as timeout(1)
 * answers), TEST_JOBS of them at a time.  When every test is done it
 * powers the machine off with reboot(RB_POWER_OFF).
 *
 * The kernel hands unknown "NAME=value" words of its command line to
 * /init as environment, so TEST_TIMEOUT=60 TEST_JOBS=2 TEST_ONLY=a,b on
 * the kernel command line choose; TEST_ENOSYS=0 turns the ENOSYS probe
 * below off.
 *
 * The verdicts go to the console (fd 1), one block per test, each line
 * starting "@@" so that kernel messages between them do no harm:
 *
 *   @@ BEGIN 12 thread_tls          (the test started)
 *   @@| 12 5/5 checks passed        (its output, line by line)
 *   @@ END 12 0 thread_tls 840      (its exit status: 0 pass, 77 skip;
 *                                    the milliseconds it took)
 *   @@ ENOSYS 12 clone3,rseq        (before END, see below)
 *   @@ DONE 143                     (all done; then the power-off)
 *
 * A test that fails after some system call answered ENOSYS is run a
 * second time under ptrace (PTRACE_GET_SYSCALL_INFO, which needs no
 * per-arch register layout), and the calls that answered ENOSYS are
 * listed: the host reports such a test as "SKIP (ENOSYS: names)", so a
 * young kernel sees what it lacks rather than a wall of failures.  A
 * passing test is never traced, so a complete kernel pays nothing. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/if.h>       /* struct ifreq, IFF_UP */
#include <linux/sockios.h>  /* SIOCGIFFLAGS, SIOCSIFFLAGS */
#include "enosys.h"

#define MAX_TESTS 1024
#define MAX_JOBS 8

struct job {
	pid_t pid;          /* 0: not running */
	int index;
	const char *name;
	long long started, deadline; /* CLOCK_MONOTONIC, ns */
	int timed_out;
};

static char list_text[65536];
static int test_index[MAX_TESTS];
static const char *test_name[MAX_TESTS];
static int ntests;
static struct job jobs[MAX_JOBS];
static int timeout_s = 600, njobs = 1, enosys_probe = 1;

static void say(const char *a, const char *b, const char *c)
{
	char line[1024];

	snprintf(line, sizeof line, "%s%s%s\n", a, b ? b : "", c ? c : "");
	write(1, line, strlen(line));
}

static long long now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* Mount one file system, saying so when it fails (a toy kernel may not
 * have it; the tests that need it will say what they miss). */
static void mount_one(const char *type, const char *dir, const char *data)
{
	mkdir(dir, 0755);
	if (mount(type, dir, type, 0, data) != 0)
		say("taskrt-init: cannot mount ", type, strerror(errno));
}

/* ifconfig lo up: the socket tests bind 127.0.0.1. */
static void loopback_up(void)
{
	struct ifreq req;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&req, 0, sizeof req);
	strcpy(req.ifr_name, "lo");
	if (fd < 0 || ioctl(fd, SIOCGIFFLAGS, &req) != 0) {
		say("taskrt-init: no loopback interface: ", strerror(errno), 0);
	} else {
		req.ifr_flags |= IFF_UP;
		if (ioctl(fd, SIOCSIFFLAGS, &req) != 0)
			say("taskrt-init: cannot bring lo up: ", strerror(errno), 0);
	}
	if (fd >= 0)
		close(fd);
}

static int chosen(const char *name)
{
	const char *only = getenv("TEST_ONLY"), *p;
	size_t n = strlen(name);

	if (!only || !*only)
		return 1;
	for (p = only; (p = strstr(p, name)); p += n)
		if ((p == only || p[-1] == ',') && (p[n] == 0 || p[n] == ','))
			return 1;
	return 0;
}

/* /tests/LIST: "INDEX NAME" lines. */
static void read_list(void)
{
	int fd = open("/tests/LIST", O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, list_text, sizeof list_text - 1);
	char *p = list_text, *nl;

	if (n < 0) {
		say("taskrt-init: cannot read /tests/LIST: ", strerror(errno), 0);
		return;
	}
	list_text[n] = 0;
	close(fd);
	for (; *p && ntests < MAX_TESTS; p = nl + 1) {
		char *end, *name;
		long index = strtol(p, &end, 10);

		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p) - 1;
		*nl = 0;
		name = end + strspn(end, " ");
		if (end != p && *name && chosen(name)) {
			test_index[ntests] = (int)index;
			test_name[ntests++] = name;
		}
	}
}

static void out_path(char *buf, size_t size, int index)
{
	snprintf(buf, size, "/tmp/.taskrt-out.%d", index);
}

/* The child side: its own process group (so a timeout kills all it
 * started), output to the file, the run.sh arguments and environment. */
static void exec_test(const char *name, int index, int traced)
{
	static char *envp[] = { "TASKRT_TEST_MODE=system", "PATH=/bin:/usr/bin", "HOME=/root",
		"USER=root", "LOGNAME=root", "SHELL=/bin/sh", 0 };
	char path[256], out[64];
	char *argv[] = { path, "arg1", "two words", 0 };
	sigset_t none;
	int fd;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, 0);
	setpgid(0, 0);
	snprintf(path, sizeof path, "/tests/%s", name);
	out_path(out, sizeof out, index);
	/* the traced second run's output is not wanted: the first one's is */
	fd = traced ? open("/dev/null", O_WRONLY) : open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	dup2(fd, 1);
	dup2(fd, 2);
	close(fd);
	fd = open("/dev/null", O_RDONLY);
	dup2(fd, 0);
	if (fd > 2)
		close(fd);
	if (traced)
		enosys_traceme();
	execve(path, argv, envp);
	dprintf(2, "taskrt-init: cannot execute %s: %s\n", path, strerror(errno));
	_exit(127);
}

static void start(struct job *j, int t)
{
	j->index = test_index[t];
	j->name = test_name[t];
	j->timed_out = 0;
	j->started = now();
	j->deadline = j->started + timeout_s * 1000000000LL;
	j->pid = fork();
	if (j->pid == 0)
		exec_test(j->name, j->index, 0);
	if (j->pid > 0)
		setpgid(j->pid, j->pid);  /* also here: no race with the child's */
	if (j->pid < 0) {
		say("taskrt-init: fork: ", strerror(errno), 0);
		j->pid = 0;
	}
}

/* The file's lines, each as "@@| INDEX line". */
static void print_output(int index)
{
	char out[64], buf[4096], line[4200], prefix[32];
	size_t have = 0;
	ssize_t n;
	int fd;

	out_path(out, sizeof out, index);
	fd = open(out, O_RDONLY);
	snprintf(prefix, sizeof prefix, "@@| %d ", index);
	while (fd >= 0 && (n = read(fd, buf + have, sizeof buf - 1 - have)) > 0) {
		char *p = buf, *nl;

		have += n;
		buf[have] = 0;
		while ((nl = memchr(p, '\n', have - (p - buf)))) {
			*nl = 0;
			snprintf(line, sizeof line, "%s%s\n", prefix, p);
			write(1, line, strlen(line));
			p = nl + 1;
		}
		have -= p - buf;
		memmove(buf, p, have);
		if (have == sizeof buf - 1) {  /* a line longer than buf: cut */
			buf[have] = 0;
			snprintf(line, sizeof line, "%s%s\n", prefix, buf);
			write(1, line, strlen(line));
			have = 0;
		}
	}
	if (have) {
		buf[have] = 0;
		snprintf(line, sizeof line, "%s%s\n", prefix, buf);
		write(1, line, strlen(line));
	}
	if (fd >= 0)
		close(fd);
}

/* A test ended with STATUS (run.sh's numbering: the exit status, 128 +
 * the signal, 124 for a timeout). */
static void finish(struct job *j, int status)
{
	char line[300];

	if (status != 0 && status != 77 && !j->timed_out && enosys_probe) {
		char names[256];

		if (enosys_rerun(j->name, j->index, exec_test, timeout_s, names, sizeof names) > 0) {
			snprintf(line, sizeof line, "@@ ENOSYS %d %s\n", j->index, names);
			write(1, line, strlen(line));
		}
	}
	print_output(j->index);
	snprintf(line, sizeof line, "@@ END %d %d %s %lld\n", j->index, status, j->name,
	         (now() - j->started) / 1000000);
	write(1, line, strlen(line));
	j->pid = 0;
}

static int status_of(int w)
{
	return WIFEXITED(w) ? WEXITSTATUS(w) : 128 + WTERMSIG(w);
}

static void run_all(void)
{
	sigset_t chld;
	int next = 0, running = 0;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, 0);
	while (next < ntests || running) {
		long long t = now(), wait_ns = 1000000000LL * 3600;
		struct timespec ts;
		pid_t pid;
		int w, i;

		for (i = 0; i < njobs && next < ntests; i++)
			if (!jobs[i].pid) {
				char line[300];

				snprintf(line, sizeof line, "@@ BEGIN %d %s\n", test_index[next], test_name[next]);
				write(1, line, strlen(line));
				start(&jobs[i], next++);
				running += jobs[i].pid != 0;
			}
		/* reap (orphans of the tests come here too, being init's) */
		while ((pid = waitpid(-1, &w, WNOHANG)) > 0)
			for (i = 0; i < njobs; i++)
				if (jobs[i].pid == pid) {
					kill(-pid, SIGKILL);  /* what the test left behind */
					finish(&jobs[i], jobs[i].timed_out ? 124 : status_of(w));
					running--;
				}
		if (next >= ntests && !running)
			break;
		for (i = 0; i < njobs; i++)
			if (jobs[i].pid) {
				if (jobs[i].deadline <= t && !jobs[i].timed_out) {
					char line[64];

					snprintf(line, sizeof line, "taskrt-init: timed out after %d s", timeout_s);
					jobs[i].timed_out = 1;
					kill(-jobs[i].pid, SIGKILL);
					kill(jobs[i].pid, SIGKILL);
					/* the note goes into its output, which run.sh shows */
					{
						char out[64];
						int fd;

						out_path(out, sizeof out, jobs[i].index);
						fd = open(out, O_WRONLY | O_APPEND);
						if (fd >= 0) {
							write(fd, line, strlen(line));
							write(fd, "\n", 1);
							close(fd);
						}
					}
				}
				if (jobs[i].deadline - t < wait_ns)
					wait_ns = jobs[i].deadline > t ? jobs[i].deadline - t : 100000000;
			}
		if (next < ntests && running < njobs)
			continue;
		ts.tv_sec = wait_ns / 1000000000;
		ts.tv_nsec = wait_ns % 1000000000;
		sigtimedwait(&chld, 0, &ts);
	}
}

static int env_int(const char *name, int fallback, int lo, int hi)
{
	const char *v = getenv(name);
	int n = v ? atoi(v) : fallback;

	return n < lo ? lo : n > hi ? hi : n;
}

int main(void)
{
	char line[64];

	/* the kernel gave us /dev/console as 0, 1 and 2 (the image has the
	 * node); without one there is nowhere to report, but run anyway */
	mount_one("proc", "/proc", 0);
	mount_one("sysfs", "/sys", 0);
	mount_one("devtmpfs", "/dev", 0);
	mount_one("devpts", "/dev/pts", "ptmxmode=0666");
	mount_one("tmpfs", "/dev/shm", "mode=1777");
	mount_one("tmpfs", "/tmp", "mode=1777");
	loopback_up();
	timeout_s = env_int("TEST_TIMEOUT", 600, 1, 86400);
	njobs = env_int("TEST_JOBS", 1, 1, MAX_JOBS);
	enosys_probe = env_int("TEST_ENOSYS", 1, 0, 1);
	read_list();
	snprintf(line, sizeof line, "@@ START %d %d %d\n", ntests, timeout_s, njobs);
	write(1, line, strlen(line));
	run_all();
	snprintf(line, sizeof line, "@@ DONE %d\n", ntests);
	write(1, line, strlen(line));
	sync();
	reboot(RB_POWER_OFF);
	say("taskrt-init: reboot(RB_POWER_OFF): ", strerror(errno), 0);
	for (;;)
		pause();
}
