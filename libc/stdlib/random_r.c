#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/random.h"
#include "internal/defs.h"

/* The next number of data's generator (internal/random.h), 0..2^31-1, in
 * *result.  -1 and EINVAL for a NULL argument. */
int __random_r(struct random_data *restrict data, int32_t *restrict result)
{
	int32_t *state;

	if (!data || !result) {
		errno = EINVAL;
		return -1;
	}
	state = data->state;
	if (data->rand_type == 0) {
		uint32_t v = ((uint32_t)state[0] * 1103515245u + 12345u) & 0x7fffffff;

		state[0] = (int32_t)v;
		*result = (int32_t)v;
		return 0;
	}
	{
		uint32_t v = (uint32_t)*data->fptr + (uint32_t)*data->rptr;

		*data->fptr = (int32_t)v;
		*result = (int32_t)(v >> 1);   /* the low bit is the least random */
		/* Both pointers step on, each wrapping at the end of the words. */
		if (++data->fptr == data->end_ptr)
			data->fptr = state;
		if (++data->rptr == data->end_ptr)
			data->rptr = state;
	}
	return 0;
}
weak_alias(__random_r, random_r);
