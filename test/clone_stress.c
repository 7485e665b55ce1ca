/* A process clone costs ~11 ms under qemu-user (it forks all of qemu):
 * 10,000 of them take two minutes, hence the stress tag. */
/* test stress: 10,000 rounds */
/* 10,000 process clones reaped and 10,000 thread clones joined, one after
 * another on one reused stack: every exit status right, and the number of
 * mappings in /proc/self/maps the same at the end as at the start. */
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef TASKRT
#include <bits/futex.h>      /* FUTEX_WAIT */
#else
#define FUTEX_WAIT 0             /* the uapi value (musl-gcc sees no <linux/futex.h>) */
#endif
#include "check.h"

#define ROUNDS 10000
#define STACK_SIZE (64 * 1024)
#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
                      CLONE_SYSVSEM | CLONE_CHILD_CLEARTID)

static volatile int counter;
static int process_fn(void *arg) { return (int)(long)arg & 0xff; }
static int thread_fn(void *arg) { counter += (int)(long)arg; return 0; }

int main(void)
{
	char *stack = mmap(0, STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int before, i, status, bad_status = 0, bad_pid = 0;
	volatile pid_t tid;
	long expected = 0;

	CHECK(stack != MAP_FAILED);
	before = check_count_mappings();
	for (i = 0; i < ROUNDS; i++) {
		pid_t pid = clone(process_fn, stack + STACK_SIZE, SIGCHLD, (void *)(long)i);
		if (pid <= 0 || waitpid(pid, &status, 0) != pid)
			bad_pid++;
		else if (!WIFEXITED(status) || WEXITSTATUS(status) != (i & 0xff))
			bad_status++;
	}
	CHECK_INT(bad_pid, 0);
	CHECK_INT(bad_status, 0);

	for (i = 0; i < ROUNDS; i++) {
		pid_t v;
		tid = 1;
		if (clone(thread_fn, stack + STACK_SIZE, THREAD_FLAGS, (void *)(long)(i & 7),
		          0, 0, &tid) <= 0) {
			bad_pid++;
			break;
		}
		expected += i & 7;
		while ((v = tid) != 0)    /* joined: the kernel cleared the word */
			syscall(SYS_futex, &tid, FUTEX_WAIT, v, 0, 0, 0);
	}
	CHECK_INT(bad_pid, 0);
	CHECK_INT(counter, expected);
	CHECK_INT(check_count_mappings(), before);
	CHECK_INT(munmap(stack, STACK_SIZE), 0);
	return check_done();
}
