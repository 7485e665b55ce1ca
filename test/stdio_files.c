/* Streams on files: fopen's modes and errors, reading, writing, seeking,
 * the indicators, ungetc, getline, fdopen, freopen, tmpfile, tmpnam,
 * and no descriptor left open. */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char name[] = "/tmp/stdio_files_XXXXXX";

static void put_file(const char *text)
{
	int fd = open(name, O_WRONLY | O_TRUNC);

	CHECK_INT(write(fd, text, strlen(text)), strlen(text));
	close(fd);
}

static void modes(void)
{
	FILE *f;
	char buf[64];
	int fd;

	errno = 0;
	CHECK(fopen(name, "z") == NULL); CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK(fopen(name, "") == NULL); CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK(fopen("/tmp", "w") == NULL); CHECK_INT(errno, EISDIR);
	errno = 0;
	CHECK(fopen("/nonexistent/x", "r") == NULL); CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(fopen(name, "wx") == NULL); CHECK_INT(errno, EEXIST);
	/* w truncates, a appends, r+ reads and writes in place */
	f = fopen(name, "wb");
	CHECK(f != NULL);
	CHECK_INT(fputs("hello\n", f), 1);
	CHECK_INT(fclose(f), 0);
	f = fopen(name, "a");
	CHECK_INT(fprintf(f, "%s %d\n", "world", 2), 8);
	CHECK_INT(fclose(f), 0);
	f = fopen(name, "r+");
	CHECK(fgets(buf, sizeof buf, f) != NULL); CHECK_STR(buf, "hello\n");
	CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
	CHECK_INT(fputs("W", f), 1);
	CHECK_INT(fclose(f), 0);
	f = fopen(name, "r");
	CHECK_INT(fread(buf, 1, sizeof buf, f), 14);
	CHECK(memcmp(buf, "hello\nWorld 2\n", 14) == 0);
	CHECK(feof(f));
	CHECK(!ferror(f));
	/* reading a read-only stream's writing side: error flag, EBADF */
	errno = 0;
	CHECK_INT(fputc('x', f), EOF);
	CHECK_INT(errno, EBADF);
	CHECK(ferror(f));
	clearerr(f);
	CHECK(!ferror(f) && !feof(f));
	CHECK_INT(fclose(f), 0);
	f = fopen(name, "w");
	errno = 0;
	CHECK_INT(fgetc(f), EOF);
	CHECK_INT(errno, EBADF);
	CHECK(ferror(f));
	CHECK_INT(fclose(f), 0);
	/* e: close-on-exec; without it: not */
	f = fopen(name, "re");
	CHECK_INT(fcntl(fileno(f), F_GETFD), FD_CLOEXEC);
	fclose(f);
	f = fopen(name, "r");
	CHECK_INT(fcntl(fileno(f), F_GETFD), 0);
	fclose(f);
	/* w+: truncated, then read back what was written */
	f = fopen(name, "w+");
	CHECK_INT(fwrite("abc", 1, 3, f), 3);
	rewind(f);
	CHECK_INT(fread(buf, 1, 10, f), 3);
	fclose(f);
	/* fdopen: the descriptor's access must allow the mode */
	fd = open(name, O_RDONLY);
	errno = 0;
	CHECK(fdopen(fd, "w") == NULL); CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK(fdopen(fd, "q") == NULL); CHECK_INT(errno, EINVAL);
	f = fdopen(fd, "r");
	CHECK(f != NULL);
	CHECK_INT(fileno(f), fd);
	CHECK_INT(fgetc(f), 'a');
	CHECK_INT(fclose(f), 0);
	errno = 0;
	CHECK(fdopen(fd, "r") == NULL); CHECK_INT(errno, EBADF);   /* fclose closed it */
	/* fclose reports a failed flush */
	f = fopen(name, "w");
	CHECK_INT(fputs("data", f), 1);
	close(fileno(f));
	errno = 0;
	CHECK_INT(fclose(f), EOF);
	CHECK_INT(errno, EBADF);
}

static void reading(void)
{
	char buf[16], *line = NULL;
	size_t n = 0;
	FILE *f;
	int i;

	put_file("ab\ncdef\n\nlast");
	f = fopen(name, "r");
	CHECK_INT(getc(f), 'a');
	CHECK_INT(ungetc('X', f), 'X');
	CHECK_INT(ungetc(EOF, f), EOF);
	CHECK_INT(fgetc(f), 'X');
	CHECK_INT(fgetc(f), 'b');
	CHECK(fgets(buf, 3, f) != NULL); CHECK_STR(buf, "\n");
	CHECK(fgets(buf, 3, f) != NULL); CHECK_STR(buf, "cd");       /* cut at n - 1 */
	CHECK(fgets(buf, 1, f) != NULL); CHECK_STR(buf, "");
	CHECK_INT(getline(&line, &n, f), 3); CHECK_STR(line, "ef\n");
	CHECK(n >= 4);
	CHECK_INT(getline(&line, &n, f), 1); CHECK_STR(line, "\n");
	CHECK_INT(getdelim(&line, &n, 's', f), 3); CHECK_STR(line, "las");
	CHECK_INT(getline(&line, &n, f), 1); CHECK_STR(line, "t");    /* no newline at the end */
	CHECK_INT(getline(&line, &n, f), -1);
	CHECK(feof(f));
	CHECK_INT(fgetc(f), EOF);
	strcpy(buf, "keep");
	CHECK(fgets(buf, sizeof buf, f) == NULL); CHECK_STR(buf, "keep");
	/* ungetc clears the end-of-file indicator */
	CHECK_INT(ungetc('z', f), 'z');
	CHECK(!feof(f));
	CHECK_INT(fgetc(f), 'z');
	errno = 0;
	CHECK_INT(getline(NULL, &n, f), -1); CHECK_INT(errno, EINVAL);
	fclose(f);
	/* getline grows the line as it needs */
	f = fopen(name, "w");
	for (i = 0; i < 10000; i++)
		fputc('a' + i % 26, f);
	fputc('\n', f);
	fclose(f);
	f = fopen(name, "r");
	CHECK_INT(getline(&line, &n, f), 10001);
	CHECK(n > 10001);
	CHECK_INT(strlen(line), 10001);
	CHECK_INT(line[9999], 'a' + 9999 % 26);
	fclose(f);
	free(line);
}

static void seeking(void)
{
	FILE *f = fopen(name, "w+");
	fpos_t pos;
	char buf[8];

	CHECK_INT(fputs("0123456789", f), 1);
	CHECK_INT(ftell(f), 10);
	CHECK_INT(fseek(f, 2, SEEK_SET), 0);
	CHECK_INT(fgetc(f), '2');
	CHECK_INT(ftell(f), 3);
	CHECK_INT(ftello(f), 3);
	CHECK_INT(fgetpos(f, &pos), 0);
	CHECK_INT(fseek(f, -2, SEEK_END), 0);
	CHECK_INT(fgetc(f), '8');
	CHECK_INT(fseeko(f, -3, SEEK_CUR), 0);
	CHECK_INT(fgetc(f), '6');
	CHECK_INT(fsetpos(f, &pos), 0);
	CHECK_INT(fgetc(f), '3');
	/* after ungetc the position is one less */
	CHECK_INT(ungetc('3', f), '3');
	CHECK_INT(ftell(f), 3);
	errno = 0;
	CHECK_INT(fseek(f, 0, 42), -1); CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(fseek(f, -100, SEEK_SET), -1); CHECK_INT(errno, EINVAL);
	/* past the end is allowed; writing there leaves a hole of zeros */
	CHECK_INT(fseek(f, 20, SEEK_SET), 0);
	CHECK_INT(ftell(f), 20);
	CHECK_INT(fgetc(f), EOF);
	CHECK(feof(f));
	CHECK_INT(fseek(f, 20, SEEK_SET), 0);
	CHECK(!feof(f));                        /* a seek clears it */
	CHECK_INT(fputc('!', f), '!');
	rewind(f);
	CHECK_INT(fread(buf, 1, 8, f), 8);
	CHECK_INT(fseek(f, 10, SEEK_SET), 0);
	CHECK_INT(fgetc(f), 0);
	CHECK_INT(fseek(f, 0, SEEK_END), 0);
	CHECK_INT(ftell(f), 21);
	fclose(f);
	/* a pipe cannot seek */
	{
		int p[2];
		CHECK_INT(pipe(p), 0);
		f = fdopen(p[0], "r");
		errno = 0;
		CHECK_INT(fseek(f, 0, SEEK_SET), -1); CHECK_INT(errno, ESPIPE);
		errno = 0;
		CHECK_INT(ftell(f), -1); CHECK_INT(errno, ESPIPE);
		fclose(f);
		close(p[1]);
	}
}

static void temporaries(void)
{
	char n1[L_tmpnam], *n2;
	struct stat st;
	FILE *f = tmpfile();
	char buf[8];

	CHECK(f != NULL);
	CHECK_INT(fputs("temp", f), 1);
	rewind(f);
	CHECK_INT(fread(buf, 1, 8, f), 4);
	CHECK_INT(fclose(f), 0);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
	CHECK(tmpnam(n1) == n1);
	n2 = tmpnam(NULL);
#pragma GCC diagnostic pop
	CHECK(n2 != NULL);
	CHECK(strcmp(n1, n2) != 0);
	CHECK(strncmp(n1, P_tmpdir "/", 5) == 0);
	CHECK(strlen(n1) < L_tmpnam);
	CHECK_INT(stat(n1, &st), -1);
	CHECK(FILENAME_MAX >= 256 && TMP_MAX >= 25);
	CHECK(BUFSIZ >= 256 && _IOFBF != _IOLBF && _IOLBF != _IONBF);
}

static void reopen(void)
{
	int saved = dup(1), fd;
	char buf[32];

	/* freopen of stdout keeps descriptor 1 */
	CHECK(freopen(name, "w", stdout) == stdout);
	CHECK_INT(fileno(stdout), 1);
	printf("to the file %d\n", 7);
	fflush(stdout);
	fd = open(name, O_RDONLY);
	CHECK_INT(read(fd, buf, sizeof buf), 14);
	CHECK(memcmp(buf, "to the file 7\n", 14) == 0);
	close(fd);
	dup2(saved, 1);
	close(saved);
	/* a bad mode closes the stream */
	{
		FILE *f = fopen(name, "r");
		errno = 0;
		CHECK(freopen(name, "?", f) == NULL); CHECK_INT(errno, EINVAL);
	}
	/* NULL path: a new mode on the same file */
	{
		FILE *f = fopen(name, "r");
		CHECK(freopen(NULL, "r", f) == f);
		CHECK_INT(fgetc(f), 't');
		fclose(f);
	}
}

/* The _unlocked variants, under the program's own lock, and the
 * setvbuf shorthands. */
static void unlocked(void)
{
	static char big[BUFSIZ];
	char buf[16];
	FILE *f = fopen(name, "w+");

	setbuf(f, big);
	flockfile(f);
	CHECK_INT(fputs_unlocked("ab", f), 1);
	CHECK_INT(fputc_unlocked('c', f), 'c');
	CHECK_INT(putc_unlocked('\n', f), '\n');
	CHECK_INT(fwrite_unlocked("xyz", 1, 3, f), 3);
	CHECK_INT(fflush_unlocked(f), 0);
	CHECK_INT(fileno_unlocked(f), fileno(f));
	rewind(f);
	CHECK(fgets_unlocked(buf, sizeof buf, f) != NULL); CHECK_STR(buf, "abc\n");
	CHECK_INT(getc_unlocked(f), 'x');
	CHECK_INT(fgetc_unlocked(f), 'y');
	CHECK_INT(fread_unlocked(buf, 1, 5, f), 1);
	CHECK(feof_unlocked(f) && !ferror_unlocked(f));
	clearerr_unlocked(f);
	CHECK(!feof_unlocked(f));
	funlockfile(f);
	setbuffer(f, big, sizeof big);
	setlinebuf(f);
	setbuf(f, NULL);
	CHECK(setvbuf(f, NULL, 7, 0) != 0);
	CHECK_INT(fputs("unbuffered", f), 1);
	CHECK_INT(__fpending(f), 0);
	fclose(f);
}

int main(void)
{
	int fds, fd = mkstemp(name);

	CHECK(fd >= 0);
	close(fd);
	fds = check_count_fds();
	modes();
	reading();
	seeking();
	temporaries();
	reopen();
	unlocked();
	CHECK_INT(check_count_fds(), fds);
	unlink(name);
	return check_done();
}
