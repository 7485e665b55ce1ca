/* fork in a threaded program: no internal lock stays held in the child,
 * and pthread_atfork's handlers run in POSIX's order.
 *
 * While other threads hammer malloc/free, thread create/join (the stack
 * cache), keys and atexit, the main thread forks again and again; each
 * child uses all of those once and exits.  A lock that another thread
 * held at the moment of the fork would stay held in the child for ever:
 * the child would hang, and the parent gives up on it after a deadline
 * (the first hung child ends the loop: one is enough to fail).
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static volatile int stop, create_threads;
static void *volatile sink;

static void *use_malloc(void *arg)
{
	while (!stop) {
		sink = malloc(40);
		free(sink);
		sink = malloc(3000);
		free(sink);
	}
	return arg;
}

static void *nothing(void *arg) { return arg; }

static void *use_stacks_and_keys(void *arg)
{
	pthread_key_t k;
	pthread_t t;

	while (!stop) {
		if (create_threads && pthread_create(&t, 0, nothing, 0) == 0)
			pthread_join(t, 0);
		if (pthread_key_create(&k, 0) == 0)
			pthread_key_delete(k);
	}
	return arg;
}

static void at_exit(void) {}

static void *use_atexit(void *arg)
{
	for (int i = 0; i < 16 && !stop; i++)
		atexit(at_exit);
	return arg;
}

/* What a child does with every internal lock: take and give back each. */
static int child_work(void)
{
	pthread_key_t k;
	pthread_t t;

	sink = malloc(40);
	free(sink);
	if (create_threads && (pthread_create(&t, 0, nothing, 0) || pthread_join(t, 0)))
		return 2;
	if (pthread_key_create(&k, 0) || pthread_key_delete(k))
		return 3;
	atexit(at_exit);
	return 0;
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000;
}

/* Fork n children while the workers run; the number that hung. */
static int fork_while_busy(int n, long deadline_ms)
{
	pthread_t workers[3];
	int i, hung = 0, exited_ok = 0, status;

	stop = 0;
	CHECK_INT(pthread_create(&workers[0], 0, use_malloc, 0), 0);
	CHECK_INT(pthread_create(&workers[1], 0, use_stacks_and_keys, 0), 0);
	CHECK_INT(pthread_create(&workers[2], 0, use_atexit, 0), 0);
	for (i = 0; i < n && !hung; i++) {
		pid_t pid = fork();
		long start = now_ms();

		if (pid == 0)
			_exit(child_work());
		CHECK(pid > 0);
		if (pid < 0)
			break;
		while (waitpid(pid, &status, WNOHANG) == 0) {
			if (now_ms() - start > deadline_ms) {
				hung++;
				kill(pid, SIGKILL);
				waitpid(pid, &status, 0);
				break;
			}
			usleep(200);
		}
		exited_ok += WIFEXITED(status) && WEXITSTATUS(status) == 0;
	}
	stop = 1;
	for (int w = 0; w < 3; w++)
		pthread_join(workers[w], 0);
	CHECK_INT(exited_ok, i - hung);
	return hung;
}

/* pthread_atfork's order: prepare newest first, parent and child oldest
 * first.  Each handler appends its mark to a log. */
static char log_[32];
static int log_len;
static void mark(char c) { log_[log_len++] = c; log_[log_len] = 0; }
/* prepare k marks 4 - k: run newest first, they log "123" */
static void prepare1(void) { mark('3'); }
static void prepare2(void) { mark('2'); }
static void prepare3(void) { mark('1'); }
static void parent1(void) { mark('a'); }
static void parent3(void) { mark('c'); }
static void child1(void) { mark('A'); }
static void child2(void) { mark('B'); }
static void child3(void) { mark('C'); }

static void check_atfork_order(void)
{
	int status = -1;
	pid_t pid;

	CHECK_INT(pthread_atfork(prepare1, parent1, child1), 0);
	CHECK_INT(pthread_atfork(prepare2, 0, child2), 0);     /* NULL: skipped */
	CHECK_INT(pthread_atfork(prepare3, parent3, child3), 0);
	log_len = 0;
	pid = fork();
	if (pid == 0)
		_exit(strcmp(log_, "123ABC") != 0);
	CHECK(pid > 0);
	CHECK_STR(log_, "123ac");
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);   /* child saw "123ABC" */
}

int main(void)
{
	const char *mode = getenv("TASKRT_TEST_MODE");
	int qemu = mode && strcmp(mode, "qemu") == 0;

	/* A fork costs ~11 ms under qemu-user (it copies all of qemu), so
	 * fewer rounds there, and more time for each child.  And the child
	 * of a threaded qemu-user 7.2 aborts (qemu_plugin_vcpu_init_hook:
	 * assertion failed) when it creates a thread, or when the fork races
	 * another thread's clone: under qemu nobody creates threads while
	 * main forks, and the stack cache's lock is checked natively only. */
	create_threads = !qemu;
	if (qemu)
		check_puts("qemu-user: no pthread_create beside or after fork (qemu's child aborts)\n");
	CHECK_INT(fork_while_busy(qemu ? 150 : 300, qemu ? 10000 : 2000), 0);
	check_atfork_order();
	return check_done();
}
