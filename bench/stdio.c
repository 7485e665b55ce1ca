/* stdio MODE N [FILE]: buffered streams and formatting.  Prints ns per call
 * (per line for fgets).
 *
 *   printf N       N printf("%d %s %ld %s\n", ...) of mixed integers and
 *                  strings to stdout, which is a pipe drained by a child
 *                  process (the process itself stays single-threaded).
 *   fputs N FILE   N fputs of a 4 KiB string to FILE (truncated first;
 *                  rewound every 1 MiB so the file stays small).
 *   fwrite N FILE  the same with fwrite of 4 KiB blocks.
 *   fgets N FILE   fgets into a 256-byte buffer over the whole of FILE,
 *                  a text file of lines of 1..127 bytes (bench/run.sh
 *                  makes it).  N is ignored: one pass, after a warm-up
 *                  over its first tenth.  ns per line.
 *   snprintf-d N   N snprintf(buf, 32, "%d", ...) of varied integers.
 *   snprintf-g N   N snprintf(buf, 32, "%.17g", ...) of varied doubles.
 *
 * Every mode checks what it wrote or read.
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "bench.h"

#define BLOCK 4096
#define LINE 256

static char block[BLOCK + 1];

static void printfs(long n)
{
	for (long i = 0; i < n; i++)
		printf("%d %s %ld %s\n", (int)i, "word", -i * 7919, "a somewhat longer string");
}

/* Write n blocks to f, rewinding every 256 (1 MiB). */
static void blocks(FILE *f, int use_fputs, long n)
{
	for (long i = 0; i < n; i++) {
		if (i % 256 == 0)
			check(fseek(f, 0, SEEK_SET) != 0, "fseek");
		if (use_fputs)
			check(fputs(block, f) == EOF, "fputs");
		else
			check(fwrite(block, 1, BLOCK, f) != BLOCK, "fwrite");
	}
}

/* Lines read from f, up to limit bytes; their bytes are summed into *bytes. */
static long lines(FILE *f, long limit, long *bytes)
{
	char buf[LINE];
	long n = 0;

	*bytes = 0;
	while (*bytes < limit && fgets(buf, sizeof buf, f)) {
		*bytes += (long)strlen(buf);
		n++;
	}
	return n;
}

static long formats(int g, long n)
{
	char buf[32];
	long total = 0;
	double x = 0.1;

	for (long i = 0; i < n; i++) {
		int len;

		if (g) {
			len = snprintf(buf, sizeof buf, "%.17g", x);
			x = x * 1.37 + 0.3;
			if (x > 1e12)
				x = x * 1e-13;
		} else {
			len = snprintf(buf, sizeof buf, "%d", (int)((unsigned)i * 2654435761u));
		}
		total += len;
	}
	return total;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "printf";
	long n = count_arg(argc, argv, 2, 100000), ops = n;
	const char *path = argc > 3 ? argv[3] : "/tmp/taskrt-bench-stdio";
	unsigned long long t0, elapsed;

	if (strcmp(mode, "printf") == 0) {
		int p[2], out = dup(1), status;
		pid_t child;

		check(out < 0 || pipe(p) != 0, "pipe");
		child = fork();
		check(child < 0, "fork");
		if (child == 0) {                    /* drain the pipe */
			char buf[65536];
			long got = 0, r;

			close(p[1]);
			while ((r = read(p[0], buf, sizeof buf)) > 0)
				got += r;
			_exit(got > 0 ? 0 : 1);
		}
		close(p[0]);
		check(dup2(p[1], 1) < 0, "dup2");
		close(p[1]);
		printfs(n / 10 + 1);
		t0 = now_ns();
		printfs(n);
		check(fflush(stdout) != 0, "fflush");
		elapsed = now_ns() - t0;
		check(dup2(out, 1) < 0, "dup2");     /* the pipe's last writer goes */
		check(waitpid(child, &status, 0) != child || status != 0, "the pipe's reader");
	} else if (strcmp(mode, "fputs") == 0 || strcmp(mode, "fwrite") == 0) {
		int use_fputs = mode[1] == 'p';
		FILE *f = fopen(path, "w");

		check(f == NULL, "fopen");
		memset(block, 'x', BLOCK);
		blocks(f, use_fputs, n / 10 + 1);
		t0 = now_ns();
		blocks(f, use_fputs, n);
		check(fflush(f) != 0, "fflush");
		elapsed = now_ns() - t0;
		check(ftell(f) != (long)((n - 1) % 256 + 1) * BLOCK, "the file's length");
		check(fclose(f) != 0, "fclose");
	} else if (strcmp(mode, "fgets") == 0) {
		FILE *f = fopen(path, "r");
		long size, bytes;

		check(f == NULL, "fopen");
		check(fseek(f, 0, SEEK_END) != 0, "fseek");
		size = ftell(f);
		rewind(f);
		lines(f, size / 10, &bytes);
		rewind(f);
		t0 = now_ns();
		ops = lines(f, size, &bytes);
		elapsed = now_ns() - t0;
		check(bytes != size || ops == 0, "fgets (read all the file)");
		fclose(f);
	} else {
		int g = strcmp(mode, "snprintf-g") == 0;
		long total;

		check(!g && strcmp(mode, "snprintf-d") != 0, "a known mode");
		formats(g, n / 10 + 1);
		t0 = now_ns();
		total = formats(g, n);
		elapsed = now_ns() - t0;
		check(total < n, "snprintf (empty output)");
	}
	report(elapsed, ops);
	return 0;
}
