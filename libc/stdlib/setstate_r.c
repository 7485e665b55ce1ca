#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/random.h"
#include "internal/defs.h"

/* Go back to the state in buf (one initstate_r made), where its
 * generator stopped, after noting in data's current state where that one
 * stands.  -1 and EINVAL for a NULL argument or a buf whose first word
 * names no generator (a type outside 0..4, or a rear index past its
 * words: glibc checks only the type). */
int __setstate_r(char *restrict buf, struct random_data *restrict data)
{
	int32_t *state;
	int type, rear;

	if (!buf || !data) {
		errno = EINVAL;
		return -1;
	}
	state = (int32_t *)(void *)buf + 1;     /* (no arithmetic on NULL) */
	if (data->state)
		random_save(data);
	type = state[-1] % RANDOM_TYPES;
	rear = state[-1] / RANDOM_TYPES;
	if (type < 0 || (type && rear >= random_degree(type))) {
		errno = EINVAL;
		return -1;
	}
	data->rand_type = type;
	data->rand_deg = random_degree(type);
	data->rand_sep = random_separation(type);
	if (type) {
		data->rptr = state + rear;
		data->fptr = state + (rear + data->rand_sep) % data->rand_deg;
	}
	data->state = state;
	data->end_ptr = state + data->rand_deg;
	return 0;
}
weak_alias(__setstate_r, setstate_r);
