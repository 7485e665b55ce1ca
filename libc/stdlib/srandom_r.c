#include <stdint.h>
#include <stdlib.h>
#include "internal/random.h"
#include "internal/defs.h"

/* Restart data's generator from seed (0 counts as 1): the words come from
 * Park and Miller's minimal standard generator (16807 * x mod 2^31 - 1,
 * by Schrage's method so nothing overflows), and 10 * degree numbers are
 * then thrown away so that the first outputs do not echo the seed.
 * -1 for a NULL or uninitialised data (errno untouched, as in glibc). */
int __srandom_r(unsigned seed, struct random_data *data)
{
	int32_t word, discard;
	int degree;

	if (!data || (unsigned)data->rand_type >= RANDOM_TYPES)
		return -1;
	word = (int32_t)(seed ? seed : 1);
	data->state[0] = word;
	if (data->rand_type == 0)
		return 0;
	degree = data->rand_deg;
	for (int i = 1; i < degree; i++) {
		long hi = word / 127773, lo = word % 127773;
		long next = 16807 * lo - 2836 * hi;

		word = (int32_t)(next < 0 ? next + 2147483647 : next);
		data->state[i] = word;
	}
	data->fptr = data->state + data->rand_sep;
	data->rptr = data->state;
	for (int i = 0; i < 10 * degree; i++)
		__random_r(data, &discard);
	return 0;
}
weak_alias(__srandom_r, srandom_r);
