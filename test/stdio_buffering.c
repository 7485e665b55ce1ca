/* When the bytes reach the kernel, counted as write() calls: each child
 * writes into a packet-mode pipe (O_DIRECT: one write, one packet).
 *   - stdout to a pipe is fully buffered: one write, at exit;
 *   - stderr is unbuffered: one write per call, at once;
 *   - _exit does not flush, exit does, and a fork copies what waits;
 *   - setvbuf's _IONBF and _IOLBF; fflush(NULL) flushes every stream;
 *   - reading an unbuffered stream flushes a line-buffered stdout;
 *   - popen flushes nothing;
 *   - printf output larger than a small buffer arrives whole and in order,
 *     fully and line-buffered. */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static char packets[16][256];

/* Run fn in a child with its stdout and stderr on one packet pipe; return
 * how many packets arrived, in packets[]. */
static int run(void (*fn)(void))
{
	int p[2], n = 0;
	pid_t pid;

	memset(packets, 0, sizeof packets);
	CHECK_INT(pipe2(p, O_DIRECT), 0);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], 1);
		dup2(p[1], 2);
		close(p[1]);
		fn();
		exit(0);
	}
	close(p[1]);
	for (;;) {
		char buf[256];
		ssize_t r = read(p[0], buf, sizeof buf - 1);
		if (r <= 0)
			break;
		buf[r] = 0;
		if (n < 16)
			strcpy(packets[n], buf);
		n++;
	}
	close(p[0]);
	CHECK_INT(check_exit_status(pid), 0);
	return n;
}

static void full(void)
{
	printf("one ");
	puts("two");
	fputs("three\n", stdout);
	putchar('4');
	fwrite("5\n", 1, 2, stdout);
}

static void unbuffered(void)
{
	fprintf(stderr, "e%d\n", 1);
	fputs("e2\n", stderr);
	fputc('3', stderr);
}

static void mixed(void)
{
	printf("out");              /* waits in the buffer */
	fputs("err", stderr);       /* goes now */
}

static void no_flush(void)
{
	printf("lost");
	_exit(0);
}

static void forked(void)
{
	pid_t pid;

	printf("twice ");
	pid = fork();
	if (pid == 0)
		exit(0);                /* the child's copy goes out too */
	waitpid(pid, 0, 0);
	fflush(stdout);
}

static void forked_flushed(void)
{
	pid_t pid;

	printf("once ");
	fflush(stdout);
	pid = fork();
	if (pid == 0)
		exit(0);
	waitpid(pid, 0, 0);
}

static void nbf(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	printf("a%d", 1);
	printf("b");
}

static char line_buf[64];
static void lbf(void)
{
	setvbuf(stdout, line_buf, _IOLBF, sizeof line_buf);
	printf("x");
	printf("y\nz");
	printf("w\n");
}

/* printf formats into the stream's buffer: output longer than the
 * buffer must come out whole, in order, across the buffer's refills. */
static char small_buf[16];
static void small_full(void)
{
	setvbuf(stdout, small_buf, _IOFBF, sizeof small_buf);
	printf("ab");
	printf("%s|%d|%-6s|\n", "0123456789abcdefghijklmnopqrstuv", -12345, "pad");
	printf("%c%c", 'y', 'z');
}

static void small_line(void)
{
	setvbuf(stdout, small_buf, _IOLBF, sizeof small_buf);
	printf("%s\n%s", "first line, longer than the buffer", "waits");
	write(1, "|", 1);           /* "waits" is still in the buffer */
	printf("\n");
}

/* The packets of the last run, joined. */
static char *joined(int n)
{
	static char all[16 * 256];

	all[0] = 0;
	for (int i = 0; i < n && i < 16; i++)
		strcat(all, packets[i]);
	return all;
}

static void flush_all(void)
{
	FILE *f = fdopen(dup(1), "w");

	fputs("from f ", f);
	printf("from stdout");
	fflush(NULL);
	write(1, "|", 1);           /* both are out before this */
	fclose(f);
}

static void read_flushes(void)
{
	int p[2];
	FILE *in;

	pipe(p);
	write(p[1], "q", 1);
	close(p[1]);
	in = fdopen(p[0], "r");
	setvbuf(in, NULL, _IONBF, 0);
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("prompt: ");         /* no newline: waits */
	fgetc(in);                  /* ... until a read of an unbuffered stream */
	write(1, "|", 1);
	fclose(in);
}

/* popen flushes nothing, as in glibc: the command's output comes first */
static void popen_order(void)
{
	FILE *p;

	printf("mine");
	p = popen("cat", "w");
	fputs("theirs", p);
	pclose(p);
}

/* exit flushes after the atexit handlers and the program's destructors:
 * what they print goes out too, in the same one write */
static int in_child;

static void late_handler(void)
{
	printf(" atexit");
}

__attribute__((destructor))
static void late_destructor(void)
{
	if (in_child)
		printf(" destructor");
}

static void exit_order(void)
{
	in_child = 1;
	atexit(late_handler);
	printf("main");
}

int main(void)
{
	int n;

	CHECK_INT(run(full), 1);
	CHECK_STR(packets[0], "one two\nthree\n45\n");
	CHECK_INT(run(unbuffered), 3);
	CHECK_STR(packets[0], "e1\n");
	CHECK_STR(packets[1], "e2\n");
	CHECK_STR(packets[2], "3");
	CHECK_INT(run(mixed), 2);
	CHECK_STR(packets[0], "err");
	CHECK_STR(packets[1], "out");
	CHECK_INT(run(no_flush), 0);
	CHECK_INT(run(forked), 2);
	CHECK_STR(packets[0], "twice ");
	CHECK_STR(packets[1], "twice ");
	CHECK_INT(run(forked_flushed), 1);
	CHECK_INT(run(nbf), 2);
	CHECK_STR(packets[0], "a1");
	/* through the last newline at once; glibc then writes "z" and "w\n"
	 * apart, taskrt together */
	n = run(lbf);
	CHECK(n == 2 || n == 3);
	CHECK_STR(packets[0], "xy\n");
	CHECK(strcmp(packets[1], "zw\n") == 0
	      || (strcmp(packets[1], "z") == 0 && strcmp(packets[2], "w\n") == 0));
	n = run(small_full);
	CHECK(n >= 3);
	CHECK_STR(joined(n), "ab0123456789abcdefghijklmnopqrstuv|-12345|pad   |\nyz");
	n = run(small_line);
	CHECK(n >= 3);
	CHECK_STR(joined(n), "first line, longer than the buffer\n|waits\n");
	CHECK_INT(run(flush_all), 3);
	CHECK_STR(packets[2], "|");
	CHECK(strcmp(packets[0], "from f ") == 0 || strcmp(packets[1], "from f ") == 0);
	CHECK_INT(run(read_flushes), 2);
	CHECK_STR(packets[0], "prompt: ");
	CHECK_STR(packets[1], "|");
	CHECK_INT(run(exit_order), 1);
	CHECK_STR(packets[0], "main atexit destructor");
	CHECK_INT(run(popen_order), 2);
	CHECK_STR(packets[0], "theirs");
	CHECK_STR(packets[1], "mine");
	return check_done();
}
