/* Soak: main calls exit while 64 threads are in pthread_exit, 10,000
 * times (each a child process); every one must exit with main's status,
 * and not hang or crash. */
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include "soak.h"

#define THREADS 64

static pthread_barrier_t barrier;

static void *quit(void *arg)
{
	pthread_barrier_wait(&barrier);
	pthread_exit(arg);
}

static void child(void)
{
	pthread_t t;

	pthread_barrier_init(&barrier, 0, THREADS + 1);
	for (long i = 0; i < THREADS; i++)
		if (pthread_create(&t, 0, quit, (void *)i))
			_exit(2);
	pthread_barrier_wait(&barrier);     /* they all go to pthread_exit now */
	exit(42);
}

int main(void)
{
	long n = soak_count(10000), bad = 0;
	double start = soak_now();

	for (long i = 0; i < n; i++) {
		int status;
		pid_t pid = fork();

		if (pid == 0)
			child();
		alarm(60);                         /* a hang is a failure, not a stall */
		if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 42)
			bad++;
		alarm(0);
	}
	CHECK_INT(bad, 0);
	soak_report("exit_race", n, start);
	return check_done();
}
