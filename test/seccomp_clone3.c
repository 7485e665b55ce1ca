/* test skip libc: clone3_fn and clone3_path are taskrt's own */
/* test skip qemu: qemu-user has no seccomp (its clone3 is ENOSYS anyway: test/clone3.c); runs natively and in make check-system */
/* The container case on any kernel: a seccomp filter of the test's own
 * answers ENOSYS for clone3, as Docker's default policy does, and then
 * threads, fork, posix_spawn and clone3_fn all still work, clone3_fn
 * through the clone fallback, which clone3_path() reports.  This is
 * test/fault's clone3 row (make check-faults, docs/faults.md) in a form
 * the real-kernel runner runs as it is (make check-system). */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <taskrt/clone3.h>
#include <unistd.h>
#include "check.h"

static int child_fn(void *arg) { return arg == (void *)&child_fn ? 6 : 1; }
static void *thread_fn(void *arg) { return arg; }

int main(int argc, char **argv)
{
	/* the calls of any arch: this filter only ever makes clone3 fail */
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone3, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof code / sizeof code[0], code };
	static char stack[64 * 1024] __attribute__((aligned(16)));
	struct clone_args args = { .exit_signal = SIGCHLD, .stack = (unsigned long)stack,
	                           .stack_size = sizeof stack };
	char *spawn_argv[] = { argv[0], "--child", 0 };
	pthread_t t;
	void *ret;
	pid_t pid;

	if (argc > 1 && !strcmp(argv[1], "--child"))
		return 8;
	CHECK_INT(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), 0);
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
		check_skip("the kernel refused a seccomp filter");
	args.exit_signal = SIGCHLD;
	errno = 0;
	CHECK_INT(clone3(&(struct clone_args){ .exit_signal = SIGCHLD }, sizeof args), -1);
	CHECK_INT(errno, ENOSYS);

	pid = clone3_fn(&args, sizeof args, child_fn, (void *)&child_fn);
	CHECK(pid > 0);
	CHECK_INT(check_exit_status(pid), 6);
	CHECK_INT(clone3_path(), CLONE3_PATH_CLONE);
	printf("clone3_fn took the %s path\n", clone3_path() == CLONE3_PATH_CLONE ? "clone fallback" : "clone3");

	CHECK_INT(pthread_create(&t, 0, thread_fn, argv), 0);
	CHECK_INT(pthread_join(t, &ret), 0);
	CHECK(ret == argv);
	pid = fork();
	if (pid == 0)
		_exit(7);
	CHECK_INT(check_exit_status(pid), 7);
	CHECK_INT(posix_spawn(&pid, argv[0], 0, 0, spawn_argv, 0), 0);
	CHECK_INT(check_exit_status(pid), 8);
	return check_done();
}
