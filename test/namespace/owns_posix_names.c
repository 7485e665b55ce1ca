/* A strictly conforming ISO C program (built with -std=c11) that owns
 * names POSIX would otherwise take: functions and objects called write,
 * read, open, close, mmap, munmap, mremap, sigaction, sigprocmask,
 * getauxval, strchrnul, index and select, each of a type POSIX would never
 * give it.  It then uses the parts of the C library that are built on the
 * POSIX functions of those names: printf and fprintf (write), malloc,
 * realloc and free (mmap, mremap, munmap), abort (sigaction,
 * sigprocmask), strchr (strchrnul), pthread_create (mmap, getauxval).
 * If the library called a public name, it would run this program's code
 * instead of the system call, and hang, crash or print something else.
 * test/namespace.sh compares its output with the same program under
 * glibc.  (pthread.h is a POSIX header, but POSIX has its own names.) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int write(int a, int b) { return a * b; }
long read = 42;
int open(void) { return 7; }
int close(int x) { return x / 2; }
char mmap[32] = "the program's own mmap";
int munmap = 3;
char *mremap(void) { return mmap; }
int sigaction(void) { return 5; }
int sigprocmask = 9;
unsigned long getauxval(unsigned long type) { return type + 1000; }
const char *strchrnul(void) { return "own strchrnul"; }
char *index(char *s) { return s + 1; }
int select(int n) { return -n; }

static int by_value(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static void *worker(void *arg)
{
	int n = *(int *)arg;
	char *block = malloc(200000);     /* large enough for its own mapping */

	if (!block)
		return NULL;
	memset(block, n, 200000);
	printf("thread %d: block filled with %d\n", n, block[199999]);
	free(block);
	return arg;
}

int main(int argc, char **argv)
{
	int values[] = { 5, -3, 17, 0, 9, -40, 2 }, i, n = 3;
	char text[] = "namespace", *end, *p, *q;
	pthread_t thread;
	void *result;
	time_t t = 1000000000;
	char date[64];

	if (argc > 1 && strcmp(argv[1], "abort") == 0) {
		fprintf(stderr, "aborting\n");
		abort();
	}
	printf("printf: %s %d %5.2s|%-4c|%x|%05ld\n", "ok", 42, "xyz", 'c', 255u, -42L);
	fprintf(stdout, "fprintf to stdout: %lu\n", (unsigned long)sizeof mmap);
	fprintf(stderr, "fprintf to stderr\n");

	p = malloc(1 << 20);
	if (!p)
		return 1;
	memset(p, 'x', 1 << 20);
	q = realloc(p, 8 << 20);          /* grows a mapping: mremap */
	if (!q)
		return 1;
	printf("realloc kept %c%c, last byte %d\n", q[0], q[(1 << 20) - 1], q[(8 << 20) - 1] = 7);
	free(q);
	for (i = 0; i < 1000; i++)
		free(malloc((size_t)i * 13 + 1));

	qsort(values, sizeof values / sizeof *values, sizeof *values, by_value);
	printf("qsort:");
	for (i = 0; i < (int)(sizeof values / sizeof *values); i++)
		printf(" %d", values[i]);
	printf("\n");
	n = (int)strtol("  -0x7fz", &end, 0);
	printf("strtol: %d, rest \"%s\"\n", n, end);
	n = 3;
	printf("strchr: %s, %s\n", strchr(text, 's'), strchr(text, 'q') ? "found" : "(none)");
	strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", gmtime(&t));
	printf("gmtime: %s\n", date);

	if (pthread_create(&thread, NULL, worker, &n) != 0 || pthread_join(thread, &result) != 0)
		return 1;
	printf("joined, result %d\n", *(int *)result);

	printf("own: write %d, read %ld, open %d, close %d, mmap \"%s\", munmap %d\n",
	       write(6, 7), read, open(), close(9), mremap(), munmap);
	printf("own: sigaction %d, sigprocmask %d, getauxval %lu, strchrnul \"%s\", index \"%s\", select %d\n",
	       sigaction(), sigprocmask, getauxval(6), strchrnul(), index(text), select(4));
	return 0;
}
