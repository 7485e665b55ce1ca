/* malloc's checking mode (make MALLOC_CHECK=yes, internal/malloc.h): a
 * write one byte past a large block faults on the guard page, a write to
 * a freed large block faults, and a write to a freed small block stops
 * the next malloc that hands it out with a message and SIGABRT.  In other
 * builds (and against glibc) the same blocks are only used in bounds. */
#include <malloc.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

/* How a child running f(arg) ended: its signal, or 0 if it exited. */
static int child_signal(void (*f)(char *), char *arg, char *msg, size_t size)
{
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	if (pipe(fds))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		f(arg);
		_exit(0);
	}
	close(fds[1]);
	n = read(fds[0], msg, size - 1);
	msg[n > 0 ? n : 0] = 0;
	close(fds[0]);
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

static volatile char *volatile stale;

static void past_end(char *p)
{
	((volatile char *)p)[100000] = 1;       /* the block is 100000 bytes */
}

static void after_free_large(char *p)
{
	stale = p;                         /* hides the free from the compiler */
	free(p);
	stale[10] = 1;
}

static void after_free_small(char *p)
{
	stale = p;
	free(p);
	stale[20] = 1;      /* past the free list's link word */
	p = malloc(40);                    /* the same class: hands p back */
	__asm__ volatile("" : : "r"(p) : "memory");
}

/* The same, after p went from the thread's cache back to its region:
 * the blocks freed after it fill the cache, whose older half (p with it)
 * is flushed; mallocs then drain the cache and refill it from regions.
 * p is the oldest free block and comes back last: the 300 freed after
 * it, and what the cache held before (less than 64), come first. */
static void after_free_flushed(char *p)
{
	static char *more[400];

	for (int i = 0; i < 300; i++)
		more[i] = malloc(40);
	stale = p;
	free(p);
	for (int i = 0; i < 300; i++)
		free(more[i]);
	stale[30] = 1;
	for (int i = 0; i < 400; i++)
		more[i] = malloc(40);
	__asm__ volatile("" : : "r"(more) : "memory");
}

int main(void)
{
	char msg[256];
	char *big = malloc(100000), *small = malloc(40), *q;

	CHECK(big != 0 && small != 0);
	memset(big, 1, 100000);
	memset(small, 2, 40);
	CHECK_INT(big[99999], 1);
	/* in bounds, a reused small block is fine */
	free(small);
	small = malloc(40);
	CHECK(small != 0);
	memset(small, 3, 40);
	CHECK(malloc_usable_size(big) >= 100000);

#ifdef TASKRT_MALLOC_CHECK
	/* realloc moves a large block, the guard with it (malloc.c tests
	 * the in-place paths of the normal build) */
	q = realloc(big, 200000);
	CHECK(q != 0);
	CHECK_INT(q[99999], 1);
	memset(q, 4, 200000);
	big = realloc(q, 100000);
	CHECK(big != 0);
	CHECK_INT(big[99999], 4);
	/* the block ends where the guard page begins */
	CHECK_INT(malloc_usable_size(big), 100000);
	CHECK_INT(child_signal(past_end, big, msg, sizeof msg), SIGSEGV);
	CHECK_INT(child_signal(after_free_large, big, msg, sizeof msg), SIGSEGV);
	CHECK_INT(child_signal(after_free_small, small, msg, sizeof msg), SIGABRT);
	CHECK(strstr(msg, "freed block was written") != 0);
	CHECK_INT(child_signal(after_free_flushed, small, msg, sizeof msg), SIGABRT);
	CHECK(strstr(msg, "freed block was written") != 0);
	/* blocks never written after free come back without complaint */
	for (int i = 0; i < 3; i++) {
		char *v[200];
		for (int j = 0; j < 200; j++)
			v[j] = malloc(j % 2 ? 40 : 3000);
		for (int j = 0; j < 200; j++)
			free(v[j]);
	}
	CHECK(1);
	/* an odd size: the block is rounded to 16, then the guard */
	q = malloc(70001);
	CHECK(q != 0);
	CHECK_INT(malloc_usable_size(q), 70016);
	free(q);
	/* aligned blocks inside guarded ones */
	q = aligned_alloc(4096, 100000);
	CHECK(q != 0 && ((unsigned long)q & 4095) == 0);
	memset(q, 5, 100000);
	free(q);
#else
	(void)q; (void)child_signal; (void)past_end; (void)after_free_large; (void)after_free_small; (void)after_free_flushed; (void)msg;
#endif
	free(big);
	free(small);
	return check_done();
}
