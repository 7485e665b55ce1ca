/* test cflags: -fstack-protector-strong */
/* The stack protector in a program built with -fstack-protector-strong:
 * the canary is seeded (not 0), threads share it, and a smashed canary
 * ends the process with a message and SIGABRT. */
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#ifdef TASKRT
extern unsigned long __stack_chk_guard;   /* taskrt keeps the canary in a global */
#endif

__attribute__((noinline)) static void smash(const char *src, size_t n)
{
	char buf[16];

	memcpy(buf, src, n);           /* n > 16: over the canary */
	__asm__ volatile("" : : "r"(buf) : "memory");
}

static void *in_thread(void *arg)
{
	char local[32];

	memset(local, 1, sizeof local);       /* a protected frame that returns fine */
	__asm__ volatile("" : : "r"(local) : "memory");
	return arg;
}

int main(void)
{
	char big[64];
	int fds[2], status;
	pthread_t t;
	void *r;
	pid_t pid;
	char msg[128] = { 0 };

	TASKRT_ONLY(CHECK(__stack_chk_guard != 0));
	CHECK_INT(pthread_create(&t, 0, in_thread, (void *)7), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)7);

	memset(big, 'A', sizeof big);
	CHECK_INT(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		volatile size_t n = sizeof big;   /* unknown to the compiler */
		smash(big, n);
		_exit(0);                    /* not reached */
	}
	close(fds[1]);
	CHECK(read(fds[0], msg, sizeof msg - 1) > 0);
	CHECK(strstr(msg, "stack smashing detected") != 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFSIGNALED(status));
	CHECK_INT(WTERMSIG(status), SIGABRT);
	return check_done();
}
