/* Soak: fork from a process whose 16 threads are busy in malloc and stdio,
 * 10,000 times; every child must be able to allocate and print (no lock
 * left held by a thread that does not exist in the child). */
#include <pthread.h>
#include <stdatomic.h>
#include <sys/wait.h>
#include "soak.h"

#define THREADS 16

static atomic_int stop;
static FILE *sink;

static void *busy(void *arg)
{
	unsigned long seed = (unsigned long)arg;

	while (!atomic_load(&stop)) {
		void *p[8];
		for (int i = 0; i < 8; i++) {
			seed = seed * 6364136223846793005ul + 1;
			p[i] = malloc(seed >> 52);      /* 0..4095 bytes */
		}
		fprintf(sink, "%lu\n", seed);
		for (int i = 0; i < 8; i++)
			free(p[i]);
		if ((seed >> 40 & 63) == 0) {        /* sometimes a large block */
			void *big = malloc(200000);
			free(big);
		}
	}
	return 0;
}

int main(void)
{
	long n = soak_count(10000), bad = 0;
	pthread_t t[THREADS];
	double start;
	int fds[2];

	sink = fopen("/dev/null", "w");
	CHECK(sink != 0);
	CHECK_INT(pipe(fds), 0);
	for (long i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, busy, (void *)(i + 1)), 0);
	start = soak_now();
	for (long i = 0; i < n; i++) {
		int status;
		pid_t pid = fork();

		if (pid == 0) {
			char *p = malloc(100), *q = malloc(100000);
			FILE *f = fdopen(fds[1], "w");
			if (!p || !q || !f)
				_exit(2);
			snprintf(p, 100, "child %ld", i);
			fprintf(sink, "%s\n", p);       /* the parent's busy stream */
			fputc('.', f);
			fflush(f);
			_exit(fflush(sink) ? 3 : 0);
		}
		if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status)) {
			bad++;
			continue;
		}
		char c;
		if (read(fds[0], &c, 1) != 1 || c != '.')
			bad++;
	}
	atomic_store(&stop, 1);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	CHECK_INT(bad, 0);
	soak_report("fork_busy", n, start);
	return check_done();
}
