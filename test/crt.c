/* Start-up and shut-down: argv, envp and environ, auxv, the order of
 * .preinit_array, constructors, main, atexit handlers and destructors, and
 * _exit skipping the last two (in a child process). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

static char order[16];
static int parent;
static int steps;
static void step(char c) { order[steps++] = c; }

static void preinit(void) { step('p'); }
__attribute__((section(".preinit_array"), used)) static void (*const preinit_entry)(void) = preinit;
__attribute__((constructor(101))) static void early(void) { step('1'); }
__attribute__((constructor)) static void ctor(void) { step('c'); }

static void at1(void) { step('a'); }
static void at2(void) { step('b'); }

/* Runs last of all: atexit handlers run before .fini_array. */
__attribute__((destructor)) static void last(void)
{
	if (getpid() != parent)    /* a child of main, leaving by exit() */
		return;
	step('d');
	order[steps] = 0;
	CHECK_STR(order, "p1cmbad");
	if (check_done())
		_exit(1);
}

/* A child process.  (Not a raw clone(SIGCHLD, 0, ...): the flags are not
 * the first argument on every arch -- s390x's clone takes the stack
 * first.) */
static int fork_child(void)
{
	return fork();
}

static int wait_status(int pid)
{
	int status = -1;
	syscall(SYS_wait4, pid, &status, 0, 0);
	return status;
}

static void child_handler(void) { write(1, "handler ran\n", 12); }

int main(int argc, char **argv, char **envp)
{
	int fds[2], pid, status;
	char buf[32];

	step('m');
	parent = getpid();
	CHECK_INT(argc, 3);
	CHECK_STR(argv[1], "arg1");
	CHECK_STR(argv[2], "two words");
	CHECK(argv[3] == NULL);
	CHECK(envp == environ);
	CHECK(getenv("TASKRT_TEST_MODE") != NULL);

	/* auxv */
	CHECK(getauxval(AT_PAGESZ) >= 4096);
	CHECK_INT(getauxval(AT_PAGESZ) & (getauxval(AT_PAGESZ) - 1), 0);
	CHECK(getauxval(AT_PHDR) != 0);
	CHECK(getauxval(AT_RANDOM) != 0);
	CHECK_INT(getauxval(AT_UID), getuid());
	errno = 0;
	CHECK_INT(getauxval(12345), 0);
	CHECK_INT(errno, ENOENT);

	/* exit() status, atexit and _exit, in children */
	pid = fork_child();
	if (pid == 0)
		exit(42);
	status = wait_status(pid);
	CHECK_INT((status >> 8) & 0xff, 42);

	CHECK_INT(pipe(fds), 0);
	pid = fork_child();
	if (pid == 0) {
		dup2(fds[1], 1);
		atexit(child_handler);
		_exit(7);               /* must not run child_handler */
	}
	status = wait_status(pid);
	CHECK_INT((status >> 8) & 0xff, 7);
	pid = fork_child();
	if (pid == 0) {
		dup2(fds[1], 1);
		atexit(child_handler);
		return 3;               /* returning from main runs it */
	}
	status = wait_status(pid);
	CHECK_INT((status >> 8) & 0xff, 3);
	close(fds[1]);
	CHECK_INT(read(fds[0], buf, sizeof buf), 12);

	atexit(at1);
	atexit(at2);
	return 0;
}
