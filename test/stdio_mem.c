/* Streams without a file: fmemopen, open_memstream, fopencookie, and
 * asprintf; and popen's pipes to a command. */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static void memopen(void)
{
	char buf[8], out[16];
	FILE *f;

	errno = 0;
	CHECK(fmemopen(buf, sizeof buf, "k") == NULL); CHECK_INT(errno, EINVAL);
	/* w: written at fflush, a NUL after the data while there is room */
	memset(buf, 'x', sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	CHECK(f != NULL);
	CHECK_INT(fileno(f), -1);
	CHECK_INT(fputs("abc", f), 1);
	CHECK_INT(fflush(f), 0);
	CHECK_STR(buf, "abc");
	CHECK_INT(ftell(f), 3);
	CHECK_INT(fseek(f, 1, SEEK_SET), 0);
	CHECK_INT(fputc('B', f), 'B');
	CHECK_INT(fflush(f), 0);
	CHECK_STR(buf, "aBc");
	CHECK_INT(fseek(f, 0, SEEK_END), 0);
	CHECK_INT(ftell(f), 3);                 /* the end of the data */
	errno = 0;
	CHECK_INT(fseek(f, 9, SEEK_SET), -1); CHECK_INT(errno, EINVAL);
	/* more than fits: the last byte stays for the NUL, the rest is
	 * refused, an error on the stream */
	CHECK_INT(fseek(f, 0, SEEK_END), 0);
	fputs("defghijk", f);
	CHECK_INT(fflush(f), EOF);
	CHECK(ferror(f));
	CHECK(memcmp(buf, "aBcdefg", 8) == 0);
	fclose(f);
	/* r: the whole size is data */
	f = fmemopen("hello world", 11, "r");
	CHECK(fgets(out, sizeof out, f) != NULL); CHECK_STR(out, "hello world");
	CHECK_INT(fgetc(f), EOF);
	CHECK(feof(f));
	CHECK_INT(fseek(f, -5, SEEK_END), 0);
	CHECK_INT(fgetc(f), 'w');
	fclose(f);
	/* a: appends after the first NUL */
	strcpy(buf, "ab");
	f = fmemopen(buf, sizeof buf, "a");
	CHECK_INT(ftell(f), 2);
	fputs("cd", f);
	fclose(f);
	CHECK_STR(buf, "abcd");
	/* NULL: its own area, w+ reads back what it wrote */
	f = fmemopen(NULL, 16, "w+");
	CHECK(f != NULL);
	CHECK_INT(fprintf(f, "%d-%d", 12, 34), 5);
	rewind(f);
	CHECK(fgets(out, sizeof out, f) != NULL); CHECK_STR(out, "12-34");
	fclose(f);
}

static void memstream(void)
{
	char *p = (char *)1;
	size_t n = 99;
	FILE *f = open_memstream(&p, &n);
	int i;

	CHECK(f != NULL);
	CHECK_INT(fputs("hello", f), 1);
	CHECK_INT(fflush(f), 0);
	CHECK_INT(n, 5);
	CHECK_STR(p, "hello");
	for (i = 0; i < 10000; i++)
		fputc('0' + i % 10, f);
	CHECK_INT(fflush(f), 0);
	CHECK_INT(n, 10005);
	CHECK_INT(strlen(p), 10005);
	CHECK_INT(p[10004], '9');
	/* the size is the position at the flush, and the end is there */
	CHECK_INT(fseek(f, 2, SEEK_SET), 0);
	CHECK_INT(fputs("LL", f), 1);
	CHECK_INT(fflush(f), 0);
	CHECK_INT(n, 4);
	CHECK(memcmp(p, "heLLo0123", 9) == 0);  /* the rest is still there */
	CHECK_INT(fseek(f, 0, SEEK_END), 0);
	CHECK_INT(ftell(f), 4);
	/* past the end: zeros */
	CHECK_INT(fseek(f, 20000, SEEK_SET), 0);
	CHECK_INT(fputc('z', f), 'z');
	CHECK_INT(fflush(f), 0);
	CHECK_INT(n, 20001);
	CHECK_INT(p[20000], 'z');
	CHECK_INT(p[15000], 0);
	CHECK_INT(fseek(f, 4, SEEK_SET), 0);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(n, 4);
	CHECK_STR(p, "heLL");                   /* fclose ends it there */
	free(p);
	/* nothing written: an empty string */
	f = open_memstream(&p, &n);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(n, 0);
	CHECK_STR(p, "");
	free(p);
	/* nothing to read */
	f = open_memstream(&p, &n);
	CHECK_INT(fgetc(f), EOF);
	fclose(f);
	free(p);
}

/* A cookie that records in a string, and counts the calls. */
struct rec {
	char data[64];
	size_t len, pos;
	int writes, closes;
};

static ssize_t rec_read(void *c, char *buf, size_t n)
{
	struct rec *r = c;
	size_t k = r->len - r->pos < n ? r->len - r->pos : n;

	memcpy(buf, r->data + r->pos, k);
	r->pos += k;
	return k;
}

static ssize_t rec_write(void *c, const char *buf, size_t n)
{
	struct rec *r = c;

	if (r->pos + n > sizeof r->data)
		n = sizeof r->data - r->pos;
	memcpy(r->data + r->pos, buf, n);
	r->pos += n;
	if (r->pos > r->len)
		r->len = r->pos;
	r->writes++;
	return n;
}

static int rec_seek(void *c, off_t *off, int whence)
{
	struct rec *r = c;
	off_t to = whence == SEEK_SET ? *off : whence == SEEK_CUR ? (off_t)r->pos + *off : (off_t)r->len + *off;

	if (to < 0)
		return -1;
	*off = r->pos = to;
	return 0;
}

static int rec_close(void *c)
{
	((struct rec *)c)->closes++;
	return 0;
}

static void cookie(void)
{
	struct rec r = { .len = 0 };
	cookie_io_functions_t io = { rec_read, rec_write, (cookie_seek_function_t *)rec_seek, rec_close };
	cookie_io_functions_t none = { 0, 0, 0, 0 };
	char out[16];
	FILE *f = fopencookie(&r, "w+", io);

	CHECK(f != NULL);
	CHECK_INT(fprintf(f, "a%db", 1), 3);
	CHECK_INT(fputs("cd", f), 1);
	CHECK_INT(r.writes, 0);                 /* fully buffered */
	CHECK_INT(fflush(f), 0);
	CHECK_INT(r.writes, 1);
	CHECK(memcmp(r.data, "a1bcd", 5) == 0);
	CHECK_INT(fseek(f, 1, SEEK_SET), 0);
	CHECK(fgets(out, sizeof out, f) != NULL); CHECK_STR(out, "1bcd");
	CHECK_INT(ftell(f), 5);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(r.closes, 1);
	/* no functions: reading and writing are errors, seeks fail */
	f = fopencookie(NULL, "r+", none);
	CHECK_INT(fgetc(f), EOF);
	CHECK(ferror(f) && !feof(f));
	clearerr(f);
	CHECK_INT(fputs("gone", f), 1);
	CHECK_INT(fflush(f), EOF);
	CHECK(ferror(f));
	CHECK_INT(fseek(f, 0, SEEK_SET), -1);
	CHECK_INT(fclose(f), 0);
	/* a short write is an error */
	r.pos = 60;
	f = fopencookie(&r, "w", io);
	fputs("0123456789", f);
	CHECK_INT(fflush(f), EOF);
	CHECK(ferror(f));
	fclose(f);
}

static void allocating(void)
{
	char *s = NULL;

	CHECK_INT(asprintf(&s, "%s=%d", "x", 42), 4);
	CHECK_STR(s, "x=42");
	free(s);
	CHECK_INT(asprintf(&s, "%s", ""), 0);
	CHECK_STR(s, "");
	free(s);
	CHECK_INT(asprintf(&s, "%3000d", 1), 3000);
	CHECK_INT(strlen(s), 3000);
	CHECK_INT(s[2999], '1');
	free(s);
}

static void pipes(void)
{
	char line[64];
	FILE *p;
	int fds = check_count_fds();

	p = popen("echo hello; echo world", "r");
	CHECK(p != NULL);
	CHECK(fgets(line, sizeof line, p) != NULL); CHECK_STR(line, "hello\n");
	CHECK(fgets(line, sizeof line, p) != NULL); CHECK_STR(line, "world\n");
	CHECK(fgets(line, sizeof line, p) == NULL);
	CHECK_INT(pclose(p), 0);
	p = popen("exit 3", "r");
	CHECK_INT(pclose(p), 3 << 8);
	/* w: the command reads what we write; its status tells */
	p = popen("read x; test \"$x\" = ping", "w");
	CHECK_INT(fputs("ping\n", p), 1);
	CHECK(WIFEXITED(pclose(p)));
	p = popen("read x; test \"$x\" = ping", "w");
	fputs("pong\n", p);
	CHECK_INT(WEXITSTATUS(pclose(p)), 1);
	/* e: close-on-exec; a bad mode: EINVAL */
	p = popen("true", "re");
	CHECK_INT(fcntl(fileno(p), F_GETFD), FD_CLOEXEC);
	pclose(p);
	errno = 0;
	CHECK(popen("true", "x") == NULL); CHECK_INT(errno, EINVAL);
	CHECK_INT(check_count_fds(), fds);
}

int main(void)
{
	memopen();
	memstream();
	cookie();
	allocating();
	pipes();
	return check_done();
}
