/* ptrace: a child that asks to be traced (PTRACE_TRACEME, no further
 * arguments) stops at its own SIGSTOP; the parent reads a word of its
 * memory with PTRACE_PEEKDATA (returned as the result, errno 0, even for
 * a word of -1), writes one with POKEDATA, and lets it go on.  Bad
 * input: a process that is not our tracee is ESRCH. */
/* test skip qemu: qemu-user does not implement ptrace */
#include <sys/ptrace.h>
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static volatile long word = -1;

int main(void)
{
	int status;
	pid_t pid = fork();

	CHECK(pid >= 0);
	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME) != 0)
			_exit(10);
		raise(SIGSTOP);
		_exit(word == 42 ? 0 : 11);      /* the parent's write landed */
	}
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);
	errno = 12345;
	CHECK_INT(ptrace(PTRACE_PEEKDATA, pid, &word, 0), -1);   /* the word is -1 */
	CHECK_INT(errno, 0);                                    /* and no error */
	CHECK_INT(ptrace(PTRACE_POKEDATA, pid, &word, (void *)42L), 0);
	errno = 0;
	CHECK_INT(ptrace(PTRACE_PEEKDATA, pid, &word, 0), 42);
	CHECK_INT(ptrace(PTRACE_CONT, pid, 0, 0), 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 0);

	/* not our tracee (and gone): ESRCH */
	errno = 0;
	CHECK_INT(ptrace(PTRACE_PEEKDATA, pid, &word, 0), -1);
	CHECK_INT(errno, ESRCH);
	return check_done();
}
