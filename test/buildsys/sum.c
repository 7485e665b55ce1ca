/* sum [-e S] N...: prints "sum=S" for its arguments, or a message and
 * exit 1; with -e, exits 1 also when the sum is not S (meson test checks
 * no output). */
#include "tally.h"
#include "config.h"
#include <stdio.h>
#include <string.h>
#include <errno.h>

int main(int argc, char **argv)
{
	long v[64];
	size_t n = 0;
	long want = 0;
	int first = 1, expect = argc > 2 && strcmp(argv[1], "-e") == 0;
	if (expect) {
		if (tally_parse(argv[2], &want) != 0)
			return 1;
		first = 3;
	}
	for (int i = first; i < argc && n < 64; i++) {
		if (tally_parse(argv[i], &v[n]) != 0) {
			fprintf(stderr, "sum: %s: %s\n", argv[i], strerror(errno));
			return 1;
		}
		n++;
	}
	long s = tally_sum(v, n);
	printf("sum=%ld\n", s);
	if (expect && s != want)
		return 1;
	/* HAVE_CLOCK_GETTIME and HAVE_NO_SUCH_FUNCTION are the build
	 * system's own probes: the first found, the second not. */
#if !HAVE_CLOCK_GETTIME || HAVE_NO_SUCH_FUNCTION
	puts("probes: wrong");
	return 1;
#endif
	return 0;
}
