/* test skip libc: taskrt's own write pattern (glibc joins the buffer and a large piece into one write, and buffers a cookie stream's bytes differently) */
/* Writes as large as the buffer or larger, mixed with buffered ones, seen
 * through a fopencookie stream that records every write it is given:
 *   - a piece at least as large as the buffer goes to the file in one
 *     write, after what waited, and is never split or copied;
 *   - smaller pieces wait in the buffer until one does not fit;
 *   - every byte arrives, in order, at every length around the buffer's;
 *   - a failing write (as a short write or EAGAIN is for a cookie) sets
 *     the error indicator and the call reports nothing written;
 *   - line-buffered and unbuffered streams, and empty pieces;
 *   - a direct write through a pipe, which the kernel takes a part at a
 *     time (short writes). */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define BUF 64

static char got[1 << 16];
static size_t got_len;
static size_t writes[64];
static int nwrites, fail_at = -1, fail_errno;

static ssize_t rec_write(void *cookie, const char *p, size_t n)
{
	(void)cookie;
	if (nwrites == fail_at) {
		nwrites++;
		errno = fail_errno;
		return -1;
	}
	if (nwrites < 64)
		writes[nwrites] = n;
	nwrites++;
	memcpy(got + got_len, p, n);
	got_len += n;
	return (ssize_t)n;
}

static char vbuf[BUF];

static FILE *open_rec(int mode)
{
	cookie_io_functions_t io = { 0, rec_write, 0, 0 };
	FILE *f = fopencookie(0, "w", io);

	CHECK(f != 0);
	CHECK_INT(setvbuf(f, mode == _IONBF ? 0 : vbuf, mode, BUF), 0);
	got_len = 0;
	nwrites = 0;
	fail_at = -1;
	return f;
}

static char src[3 * BUF + 8];

int main(void)
{
	FILE *f;
	size_t a, b;

	for (size_t i = 0; i < sizeof src; i++)
		src[i] = (char)('a' + i % 23);

	/* A whole buffer's worth into an empty buffer: out at once (glibc
	 * copies it first and writes it at the next call or the flush). */
	f = open_rec(_IOFBF);
	CHECK_INT(fwrite(src, 1, BUF, f), BUF);
	TASKRT_ONLY(CHECK_INT(nwrites, 1); CHECK_INT(writes[0], BUF));
	CHECK_INT(fflush(f), 0);
	CHECK_INT(got_len, BUF);
	CHECK(memcmp(got, src, BUF) == 0);
	CHECK_INT(fclose(f), 0);

	/* Waiting bytes, then a piece larger than the buffer: what waited,
	 * then the piece whole, never split. */
	f = open_rec(_IOFBF);
	CHECK_INT(fwrite(src, 1, 10, f), 10);
	CHECK_INT(nwrites, 0);
	CHECK_INT(fwrite(src + 10, 1, 2 * BUF + 5, f), 2 * BUF + 5);
	CHECK_INT(nwrites, 2);
	CHECK_INT(writes[0], 10);
	CHECK_INT(writes[1], 2 * BUF + 5);
	CHECK_INT(fputs("tail", f), 1);
	CHECK_INT(nwrites, 2);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(got_len, 10 + 2 * BUF + 5 + 4);
	CHECK(memcmp(got, src, 2 * BUF + 15) == 0);
	CHECK(memcmp(got + 2 * BUF + 15, "tail", 4) == 0);

	/* Every pair of lengths around the buffer's: every byte, in order,
	 * and no write larger than the buffer unless it is one piece. */
	for (a = 0; a <= BUF + 2; a++)
		for (b = 0; b <= 2 * BUF + 2; b++) {
			f = open_rec(_IOFBF);
			CHECK_INT(fwrite(src, 1, a, f), a);
			CHECK_INT(fwrite(src + a, 1, b, f), b);
			CHECK_INT(fputc('!', f), '!');
			CHECK_INT(fclose(f), 0);
			CHECK_INT(got_len, a + b + 1);
			CHECK(memcmp(got, src, a + b) == 0);
			CHECK_INT(got[a + b], '!');
			for (int i = 0; i < nwrites && i < 64; i++)
				CHECK(writes[i] <= BUF || writes[i] == a || writes[i] == b);
		}

	/* A failing direct write: nothing counts as written, the error
	 * indicator is set, errno says why. */
	f = open_rec(_IOFBF);
	fail_at = 0;
	fail_errno = EAGAIN;
	errno = 0;
	CHECK_INT(fwrite(src, 1, 2 * BUF, f), 0);
	CHECK(ferror(f));
	CHECK_INT(errno, EAGAIN);
	clearerr(f);
	CHECK_INT(fwrite(src, 1, 2 * BUF, f), 2 * BUF);
	CHECK(!ferror(f));
	CHECK_INT(fclose(f), 0);
	CHECK_INT(got_len, 2 * BUF);

	/* The flush before a direct write fails: the piece is not written. */
	f = open_rec(_IOFBF);
	CHECK_INT(fwrite(src, 1, 5, f), 5);
	fail_at = 0;
	fail_errno = EIO;
	/* glibc fills the buffer first and reports those bytes written */
	a = fwrite(src, 1, 2 * BUF, f);
	TASKRT_ONLY(CHECK_INT(a, 0));
	(void)a;
	CHECK(ferror(f));
	CHECK_INT(got_len, 0);
	fclose(f);

	/* Line-buffered: a large piece goes out whole, newline or not; a
	 * small one through its last newline. */
	f = open_rec(_IOLBF);
	CHECK_INT(fwrite("ab\ncd", 1, 5, f), 5);
	CHECK_INT(got_len, 3);
	CHECK_INT(fwrite(src, 1, BUF, f), BUF);
	CHECK_INT(got_len, 5 + BUF);
	CHECK(memcmp(got, "ab\ncd", 5) == 0 && memcmp(got + 5, src, BUF) == 0);
	CHECK_INT(fclose(f), 0);

	/* Unbuffered: each piece at once; an empty one writes nothing and
	 * succeeds. */
	f = open_rec(_IONBF);
	CHECK_INT(fputs("", f), 1);
	CHECK(!ferror(f));
	CHECK_INT(got_len, 0);
	CHECK_INT(fputs("xyz", f), 1);
	CHECK_INT(got_len, 3);
	CHECK_INT(fprintf(f, "%s", ""), 0);
	CHECK(!ferror(f));
	CHECK_INT(fclose(f), 0);
	CHECK_INT(got_len, 3);

	/* A pipe: a direct write larger than the pipe's room is finished by
	 * the child's reads, across short writes. */
	{
		int p[2];
		static char big[200000], back[200000];
		pid_t pid;
		size_t n = 0;
		ssize_t r;

		for (size_t i = 0; i < sizeof big; i++)
			big[i] = (char)(i * 7 + i / 251);
		CHECK_INT(pipe(p), 0);
		pid = fork();
		if (pid == 0) {
			FILE *w;

			close(p[0]);
			w = fdopen(p[1], "w");
			if (!w || fwrite(big, 1, 100, w) != 100
			    || fwrite(big + 100, 1, sizeof big - 100, w) != sizeof big - 100
			    || fclose(w))
				_exit(1);
			_exit(0);
		}
		close(p[1]);
		while ((r = read(p[0], back + n, sizeof back - n)) > 0)
			n += (size_t)r;
		close(p[0]);
		CHECK_INT(check_exit_status(pid), 0);
		CHECK_INT(n, sizeof big);
		CHECK(memcmp(back, big, sizeof big) == 0);
	}
	return check_done();
}
