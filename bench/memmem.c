/* memmem MODE N: N searches of a 200,000-byte haystack.  Prints ns per
 * search.
 *
 *   memmem   issue 9's adversarial case: the haystack is all 'a'; the
 *            needle is 4,984 'a's and then the 16-letter Thue-Morse word
 *            over 'b' and '`'.  No match.  A rolling hash mod 2^32 in base
 *            257 gives that needle the hash of every window (the old
 *            Rabin-Karp took 0.6 s per search); a linear search reads each
 *            byte a few times at most.
 *   strstr   the same through strstr (the haystack ends in a NUL).
 *   text     an ordinary search: pseudo-random lower-case text, a 16-byte
 *            needle of the same letters that does not occur in it.
 *
 * Every search's result is checked, so a wrong answer cannot post a time.
 */
#define _GNU_SOURCE
#include <string.h>
#include "bench.h"

enum { HN = 200000, NN = 5000 };
static char hay[HN + 1], needle[NN + 1];
static size_t nn;
static int use_strstr;

static void searches(long n)
{
	for (long i = 0; i < n; i++) {
		void *volatile found = use_strstr ? strstr(hay, needle) : memmem(hay, HN, needle, nn);

		check(found != NULL, "the search (found what is not there)");
	}
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "memmem";
	long n = count_arg(argc, argv, 2, 1000);
	int text = strcmp(mode, "text") == 0;

	use_strstr = strcmp(mode, "strstr") == 0;
	nn = text ? 16 : NN;
	unsigned long long t0, elapsed;
	unsigned x = 12345;

	if (text) {
		for (size_t i = 0; i < HN; i++) {
			x = x * 1103515245 + 12345;
			hay[i] = 'a' + (x >> 16) % 26;
		}
		memcpy(needle, "qzjxqzjxkvqzjxkv", nn);
		check(memmem(hay, HN, needle, nn) != NULL, "a needle absent from the text");
	} else {
		memset(hay, 'a', HN);
		memset(needle, 'a', NN);
		for (int i = 0; i < 16; i++)
			needle[NN - 1 - i] = __builtin_popcount(i) & 1 ? 'a' - 1 : 'a' + 1;
	}
	searches(n / 10 + 1);                   /* warm-up */
	t0 = now_ns();
	searches(n);
	elapsed = now_ns() - t0;
	report(elapsed, n);
	return 0;
}
