/* clone(): the child's stack, memory, tid words, thread pointer, stack
 * alignment and exit status; and bad input. */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef TASKRT
#include <bits/futex.h>      /* FUTEX_WAIT */
#else
#define FUTEX_WAIT 0             /* the uapi value (musl-gcc sees no <linux/futex.h>) */
#endif
#include "check.h"
#include <arch/test_probe.h>

#ifdef TEST_PROBES_MISSING
int main(void)
{
	check_skip(TEST_PROBES_MISSING);
}
#else

uintptr_t probe_sp;   /* sp_probe's entry stack pointer */
int sp_probe(void *arg);
int probe_body(void *arg);
TEST_SP_STUB(sp_probe, probe_sp, probe_body);

#define STACK_SIZE (64 * 1024)
#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM)

static int parent_value = 1234;
static struct {
	uintptr_t stack_addr;
	void *tp, *arg;
	int parent_value, ctid_seen;
} seen;
static volatile pid_t ptid_word, ctid_word;

/* It runs on the stand-in TCB, where no stack-protector canary lies:
 * ppc64le reads it at TP - 0x7010, below tls_block, so this function,
 * the only one the thread runs, goes without (the Makefile builds every
 * test with -fstack-protector-all). */
__attribute__((no_stack_protector))
static int thread_fn(void *arg)
{
	char local;

	seen.stack_addr = (uintptr_t)&local;
	seen.tp = test_read_tp();
	seen.arg = arg;
	seen.parent_value = parent_value;   /* the parent's memory, shared */
	seen.ctid_seen = ctid_word;         /* CLONE_CHILD_SETTID wrote it */
	parent_value = 5678;                /* and the parent will see this */
	return 0;
}

/* Sleep on the tid word until the kernel clears it at the thread's exit
 * and wakes us: a *shared* futex wait, as the kernel's wake is shared.
 * (No timeout: SYS_futex takes a 32-bit timespec on 32-bit arches; a lost
 * wake-up shows as the runner's time-out.) */
static int wait_cleared(volatile pid_t *word)
{
	pid_t v;

	while ((v = *word) != 0)
		if (syscall(SYS_futex, word, FUTEX_WAIT, v, 0, 0, 0) < 0
		    && errno != EAGAIN && errno != EINTR)
			return -1;
	return 0;
}

int probe_body(void *arg)
{
	(void)arg;
	return probe_sp % TEST_ABI_STACK_ALIGN;   /* the exit status: 0 if aligned */
}

static int return_42(void *arg) { (void)arg; return 42; }

int main(void)
{
	char *stack = mmap(0, STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static void *tls_block[512];   /* a stand-in TCB: word 0 points to itself */
	struct test_tls tls;   /* what CLONE_SETTLS takes on this arch */
	void *tls_arg, *expected_tp = tls_block;
	int pid, status, off;

	CHECK(stack != MAP_FAILED);
	tls_block[0] = tls_block;
	tls_arg = test_settls_arg(&tls, tls_block);

	/* bad input: -1 with EINVAL, and no child */
	errno = 0;
	CHECK_INT(clone(0, stack + STACK_SIZE, SIGCHLD, 0), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(clone(return_42, 0, SIGCHLD, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(waitpid(-1, &status, WNOHANG), -1);
	CHECK_INT(errno, ECHILD);

	/* a thread: its stack, our memory, the tid words, its TP, the wake */
	ctid_word = -1;
	pid = clone(thread_fn, stack + STACK_SIZE,
	            THREAD_FLAGS | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID,
	            (void *)0x5eed, &ptid_word, tls_arg, &ctid_word);
	CHECK(pid > 0);
	CHECK_INT(wait_cleared(&ctid_word), 0);
	CHECK_INT(ptid_word, pid);
	CHECK_INT(seen.ctid_seen, pid);
	CHECK_INT(ctid_word, 0);
	CHECK(seen.stack_addr > (uintptr_t)stack && seen.stack_addr < (uintptr_t)stack + STACK_SIZE);
	CHECK(seen.tp == expected_tp);
	CHECK(seen.arg == (void *)0x5eed);
	CHECK_INT(seen.parent_value, 1234);
	CHECK_INT(parent_value, 5678);

	/* a process: fn's result is the exit status */
	pid = clone(return_42, stack + STACK_SIZE, SIGCHLD, 0);
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 42);

	/* fn is entered with the stack aligned as the ABI demands, however
	 * misaligned the stack we pass */
	for (off = 0; off < 16; off++) {
		pid = clone(sp_probe, stack + STACK_SIZE - off, SIGCHLD, 0);
		CHECK(pid > 0);
		waitpid(pid, &status, 0);
		CHECK_INT(status, 0);
	}

	/* a process on an unmapped stack dies of SIGSEGV; we carry on
	 * (taskrt hands fn and arg over in registers: glibc's clone stores
	 * them on the new stack, in the parent, which then faults itself) */
	CHECK_INT(munmap(stack, STACK_SIZE), 0);
#ifdef TASKRT
	pid = clone(return_42, stack + STACK_SIZE, SIGCHLD, 0);
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFSIGNALED(status));
	CHECK_INT(WTERMSIG(status), SIGSEGV);
#endif
	return check_done();
}
#endif
