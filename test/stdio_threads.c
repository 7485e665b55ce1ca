/* Streams shared by threads: whole lines under contention, flockfile's
 * recursive hold, ftrylockfile against another owner, the _unlocked
 * variants, and fork while other threads print. */
/* test stress: 4 threads x 2000 lines on one stream */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define THREADS 4
#define LINES 2000

static FILE *shared;
static char name[] = "/tmp/stdio_threads_XXXXXX";

static void *writer(void *arg)
{
	long id = (long)arg;

	for (int i = 0; i < LINES; i++) {
		if (i % 3 == 0)
			fprintf(shared, "thread %ld line %d the quick brown fox\n", id, i);
		else if (i % 3 == 1) {
			char line[64];
			snprintf(line, sizeof line, "thread %ld line %d the quick brown fox\n", id, i);
			fputs(line, shared);
		} else {
			/* by hand under the lock: still one line */
			char line[64];
			flockfile(shared);
			snprintf(line, sizeof line, "thread %ld line %d the quick brown fox", id, i);
			for (char *p = line; *p; p++)
				putc_unlocked(*p, shared);
			putc_unlocked('\n', shared);
			funlockfile(shared);
		}
	}
	return 0;
}

static void contention(void)
{
	pthread_t t[THREADS];
	int seen[THREADS] = { 0 }, lines = 0;
	char line[128];
	FILE *in;

	shared = fopen(name, "w");
	setvbuf(shared, NULL, _IOFBF, 256);     /* many flushes while others wait */
	for (long i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, writer, (void *)i), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	CHECK_INT(fclose(shared), 0);
	in = fopen(name, "r");
	while (fgets(line, sizeof line, in)) {
		long id;
		int n, end = 0;
		if (sscanf(line, "thread %ld line %d the quick brown fox\n%n", &id, &n, &end) != 2
		    || end != (int)strlen(line) || id < 0 || id >= THREADS || n != seen[id]) {
			CHECK(!"a torn or misordered line");
			check_puts(line);
			break;
		}
		seen[id]++;
		lines++;
	}
	fclose(in);
	CHECK_INT(lines, THREADS * LINES);
}

static void *try_other(void *arg)
{
	int r = ftrylockfile(arg);

	if (r == 0)
		funlockfile(arg);
	return (void *)(long)r;
}

static void holding(void)
{
	FILE *f = fopen(name, "w");
	pthread_t t;
	void *r;

	flockfile(f);
	flockfile(f);                           /* recursive */
	CHECK_INT(ftrylockfile(f), 0);          /* ours already */
	pthread_create(&t, 0, try_other, f);
	pthread_join(t, &r);
	CHECK((long)r != 0);                    /* another thread cannot */
	funlockfile(f);
	funlockfile(f);
	funlockfile(f);
	pthread_create(&t, 0, try_other, f);
	pthread_join(t, &r);
	CHECK_INT((long)r, 0);                  /* now free: it took it */
	fclose(f);
}

static volatile int stop;

static void *printer(void *arg)
{
	(void)arg;
	while (!stop) {
		fprintf(shared, "busy\n");
		fflush(shared);
	}
	return 0;
}

/* fork while another thread prints: the child finds the stream free and
 * prints, exits, and its output is whole. */
static void forking(void)
{
	pthread_t t;
	int status;

	shared = fopen(name, "w");
	pthread_create(&t, 0, printer, 0);
	for (int i = 0; i < 20; i++) {
		pid_t pid = fork();
		if (pid == 0) {
			fprintf(shared, "child %d\n", i);
			exit(fflush(shared) != 0);
		}
		CHECK(pid > 0);
		CHECK_INT(waitpid(pid, &status, 0), pid);
		CHECK_INT(status, 0);
	}
	stop = 1;
	pthread_join(t, 0);
	fclose(shared);
}

int main(void)
{
	int fd = mkstemp(name);

	CHECK(fd >= 0);
	close(fd);
	contention();
	holding();
	forking();
	unlink(name);
	return check_done();
}
