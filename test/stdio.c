/* stdio's printing functions: what reaches the file descriptor, in how
 * many write()s, what they return, and how they fail.
 *
 * The output goes into a pipe in packet mode (O_DIRECT): every write()
 * arrives as one packet and every read() returns one packet, so the test
 * counts the writes.  stdout to a pipe is fully buffered (one write per
 * fflush), stderr unbuffered (one write per call), in glibc as in taskrt;
 * taskrt's refusal of an overflowing fwrite and its retrying after EINTR
 * are checked in taskrt only.
 */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

/* taskrt's <bits/fcntl.h> uses this for F_SETPIPE_SZ but lacks it (yet). */
#ifndef F_LINUX_SPECIFIC_BASE
#define F_LINUX_SPECIFIC_BASE 1024
#endif

#ifdef __GLIBC__
#define TASKRT 0
#else
#define TASKRT 1
#endif

static int saved = -1, reader = -1;
static char packet[8192], text[8192];

/* Point fd at a new packet-mode pipe; keep the read end in `reader`. */
static void capture(int fd)
{
	int p[2];

	CHECK_INT(pipe2(p, O_DIRECT), 0);
	saved = dup(fd);
	CHECK_INT(dup2(p[1], fd), fd);
	close(p[1]);
	reader = p[0];
}

/* Put fd back: the pipe has no writer left, so reads end in EOF. */
static void release(int fd)
{
	fflush(stdout);
	fflush(stderr);
	dup2(saved, fd);
	close(saved);
}

/* The next write() that reached the pipe, as a string ("" at the end). */
static const char *next_packet(void)
{
	ssize_t n = read(reader, packet, sizeof packet - 1);

	packet[n < 0 ? 0 : n] = 0;
	return packet;
}

/* Nothing more than what was read: EOF.  Then close the pipe. */
static void no_more(void)
{
	CHECK_STR(next_packet(), "");
	close(reader);
}

static int call_vprintf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vprintf(fmt, ap);
	va_end(ap);
	return r;
}

static int call_vfprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

static int call_vdprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

/* The printf family: one call, one write. */
static void printing(void)
{
	int p[2];

	capture(1);
	CHECK_INT(printf("hello %s %d\n", "world", 42), 15);
	fflush(stdout);
	CHECK_STR(next_packet(), "hello world 42\n");
	CHECK_INT(call_vprintf("%c%c%c", 'a', 'b', 'c'), 3);
	fflush(stdout);
	CHECK_STR(next_packet(), "abc");
	CHECK_INT(fprintf(stdout, "%5.2s|", "xyz"), 6);
	fflush(stdout);
	CHECK_STR(next_packet(), "   xy|");
	CHECK_INT(printf("%s", ""), 0);     /* nothing to write: no write at all */
	release(1);
	no_more();

	capture(2);
	CHECK_INT(fprintf(stderr, "err %#x\n", 255), 9);
	CHECK_STR(next_packet(), "err 0xff\n");
	CHECK_INT(call_vfprintf(stderr, "%-3d|", 7), 4);
	CHECK_STR(next_packet(), "7  |");
	release(2);
	no_more();

	CHECK_INT(pipe(p), 0);
	CHECK_INT(dprintf(p[1], "x=%d", 5), 3);
	CHECK_INT(call_vdprintf(p[1], "%s%lld", ",y=", -6LL), 5);
	close(p[1]);
	reader = p[0];
	CHECK_STR(next_packet(), "x=5,y=-6");
	no_more();
}

/* Output up to 1 KiB leaves in one write(); more in 1 KiB pieces. */
static void pieces(void)
{
	size_t i;
	int n;

	capture(1);
	CHECK_INT(printf("%1023d\n", 7), 1024);
	fflush(stdout);
	CHECK_INT(strlen(next_packet()), 1024);
	CHECK_STR(packet + 1020, "  7\n");
	CHECK_INT(printf("%3000d", 42), 3000);
	fflush(stdout);
	CHECK_INT(strlen(next_packet()), 3000);        /* buffered: one write */
	CHECK_STR(packet + 2990, "        42");
	/* Text across the piece boundaries arrives whole and in order. */
	for (i = 0; i < 5000; i++)
		text[i] = 'a' + i % 26;
	text[5000] = 0;
	CHECK_INT(printf("[%s]", text), 5002);
	fflush(stdout);
	release(1);
	for (i = 0; i < 5002; i += n) {
		n = strlen(next_packet());
		if (n == 0)
			break;
		CHECK(memcmp(packet, i ? text + i - 1 : "[", 1) == 0);
	}
	CHECK_INT(i, 5002);
	CHECK_INT(packet[n - 1], ']');
	no_more();
}

/* puts, fputs, putchar, fputc, putc, fwrite, fflush, fileno. */
static void simple(void)
{
	capture(1);
	CHECK_INT(puts("line"), 5);
	fflush(stdout);
	CHECK_STR(next_packet(), "line\n");         /* with its newline: one write */
	CHECK_INT(puts(""), 1);
	fflush(stdout);
	CHECK_STR(next_packet(), "\n");
	CHECK_INT(fputs("abc", stdout), 1);         /* glibc returns 1 */
	fflush(stdout);
	CHECK_STR(next_packet(), "abc");
	CHECK_INT(putchar('A'), 'A');
	fflush(stdout);
	CHECK_STR(next_packet(), "A");
	CHECK_INT(putchar(0x142), 0x42);            /* as an unsigned char */
	fflush(stdout);
	CHECK_STR(next_packet(), "B");
	CHECK_INT(putchar(-1), 255);
	fflush(stdout);
	CHECK_STR(next_packet(), "\xff");
	CHECK_INT(fputc('x', stdout), 'x');
	CHECK_INT(putc('y', stdout), 'y');
	fflush(stdout);
	CHECK_STR(next_packet(), "xy");
	CHECK_INT(fwrite("abcdef", 2, 3, stdout), 3);
	fflush(stdout);
	CHECK_STR(next_packet(), "abcdef");
	CHECK_INT(fwrite("abcdef", 0, 3, stdout), 0);
	CHECK_INT(fwrite("abcdef", 3, 0, stdout), 0);
	if (TASKRT) {
		/* size * count past SIZE_MAX: no item written, no byte sent.
		 * (glibc and musl write the wrapped product, 5 and 2 bytes
		 * here, and return count and 0.) */
		errno = 0;
		CHECK_INT(fwrite("abcdef", 3, SIZE_MAX / 3 + 2, stdout), 0);
		CHECK_INT(errno, EOVERFLOW);
		CHECK_INT(fwrite("abcdef", SIZE_MAX / 2 + 2, 2, stdout), 0);
		CHECK_INT(fwrite("abcdef", SIZE_MAX, SIZE_MAX, stdout), 0);
		CHECK_INT(fwrite("abcdef", 1, 6, stdout), 6);
		fflush(stdout);
		CHECK_STR(next_packet(), "abcdef");         /* nothing before it */
	}
	CHECK_INT(fputs("", stdout), 1);
	release(1);
	no_more();

	CHECK_INT(fflush(stdout), 0);
	CHECK_INT(fflush(stderr), 0);
	CHECK_INT(fflush(NULL), 0);
	CHECK_INT(fileno(stdin), 0);
	CHECK_INT(fileno(stdout), 1);
	CHECK_INT(fileno(stderr), 2);
}

/* perror: "s: message\n" on stderr in one write. */
static void errors_text(void)
{
	char want[256];

	capture(2);
	errno = ENOENT;
	perror("open x");
	snprintf(want, sizeof want, "open x: %s\n", strerror(ENOENT));
	CHECK_STR(next_packet(), want);
	errno = EINTR;
	perror("");
	snprintf(want, sizeof want, "%s\n", strerror(EINTR));
	CHECK_STR(next_packet(), want);
	errno = EBADF;
	perror(NULL);
	snprintf(want, sizeof want, "%s\n", strerror(EBADF));
	CHECK_STR(next_packet(), want);
	release(2);
	no_more();
}

/* A failed write: -1 (or EOF, or 0 items) and errno, as glibc. */
static void failures(void)
{
	int p[2], i;

	errno = 0;
	CHECK_INT(dprintf(-1, "x"), -1);
	CHECK_INT(errno, EBADF);
	errno = 0;
	CHECK_INT(dprintf(999, "%d", 5), -1);
	CHECK_INT(errno, EBADF);

	/* A full non-blocking pipe: EAGAIN, at once or after a part. */
	CHECK_INT(pipe2(p, O_NONBLOCK), 0);
	for (i = 0; i < 1000 && write(p[1], text, 4096) > 0; i++)
		;
	errno = 0;
	CHECK_INT(dprintf(p[1], "%5000d", 1), -1);
	CHECK_INT(errno, EAGAIN);
	close(p[0]);
	close(p[1]);

	/* stdout is buffered: a closed descriptor shows at the flush, which
	 * sets the error indicator. */
	saved = dup(1);
	close(1);
	CHECK_INT(printf("x\n"), 2);
	CHECK_INT(puts("x"), 2);
	CHECK_INT(call_vprintf("%d", 1), 1);
	errno = 0;
	CHECK_INT(fflush(stdout), EOF);
	CHECK_INT(errno, EBADF);
	CHECK(ferror(stdout));
	clearerr(stdout);
	CHECK(!ferror(stdout));
	dup2(saved, 1);
	close(saved);
}

/* A signal handler that empties the pipe, run by a timer every few ms.
 * Its last read() fails with EAGAIN; it puts errno back, as every handler
 * must: the signal may land between the writer's failed write() and its
 * look at errno, and an EAGAIN there would make the write a failure. */
static int drain_fd = -1;
static char data[200000], drained[2 * sizeof data];
static volatile size_t drained_len;

static void drain(int sig)
{
	int saved_errno = errno;
	ssize_t r;

	(void)sig;
	while ((r = read(drain_fd, drained + drained_len, sizeof drained - drained_len)) > 0)
		drained_len += r;
	errno = saved_errno;
}

/* setitimer(ITIMER_REAL) through syscall(): the kernel's own structs. */
static void tick_every_ms(long ms)   /* 0: stop */
{
	struct { long sec, usec; } t[2] = { { 0, ms * 1000 }, { 0, ms * 1000 } };

	CHECK_INT(syscall(SYS_setitimer, 0, t, 0), 0);
}

/* Writes cut short by a signal: more than the pipe holds goes out while
 * the only reader is a signal handler without SA_RESTART.  Every time the
 * writer blocks, the handler's signal interrupts its write(): with EINTR
 * if nothing was written yet (the 1 KiB pieces of printf), or with a
 * short count (fwrite's one big write).  taskrt carries on from where the
 * kernel stopped; all the bytes arrive, in order. */
static void interrupted(void)
{
	struct sigaction sa;
	size_t i;
	int p[2];

	if (!TASKRT)
		return;     /* glibc's stdio gives up on EINTR: not its promise */
	for (i = 0; i < sizeof data; i++)
		data[i] = 'A' + i % 23;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = drain;      /* and no SA_RESTART */
	CHECK_INT(sigaction(SIGALRM, &sa, 0), 0);
	CHECK_INT(pipe(p), 0);
	CHECK_INT(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	fcntl(p[1], F_SETPIPE_SZ, 4096);    /* one page: it fills at once */
	drain_fd = p[0];
	saved = dup(1);
	dup2(p[1], 1);
	tick_every_ms(1);
	CHECK_INT(fwrite(data, 1, sizeof data, stdout), sizeof data);
	CHECK_INT(printf("%.*s", (int)sizeof data, data), sizeof data);
	CHECK_INT(fflush(stdout), 0);
	tick_every_ms(0);
	dup2(saved, 1);
	close(saved);
	drain(0);
	CHECK_INT(drained_len, 2 * sizeof data);
	CHECK(memcmp(drained, data, sizeof data) == 0);
	CHECK(memcmp(drained + sizeof data, data, sizeof data) == 0);
	close(p[0]);
	close(p[1]);
	signal(SIGALRM, SIG_DFL);
}

int main(void)
{
	(void)check_skip;       /* check.h's, unused here */
	printing();
	pieces();
	simple();
	errors_text();
	failures();
	interrupted();
	return check_done();
}
