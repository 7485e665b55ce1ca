#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/random.h"
#include "internal/defs.h"

/* Make buf (size bytes, at least 8) data's state, seeded by seed: the
 * size picks the generator (internal/random.h), 8..31 bytes type 0, then
 * 32, 64, 128 and 256 bytes and more types 1 to 4.  data's previous
 * state, if it had one (data zeroed: none), first records where it
 * stopped, for setstate_r.  -1 and EINVAL for a NULL argument or a
 * buffer under 8 bytes. */
int __initstate_r(unsigned seed, char *restrict buf, size_t size, struct random_data *restrict data)
{
	int type;

	if (!data || !buf) {
		errno = EINVAL;
		return -1;
	}
	if (data->state)
		random_save(data);
	if (size < 8) {
		errno = EINVAL;
		return -1;
	}
	type = size < 32 ? 0 : size < 64 ? 1 : size < 128 ? 2 : size < 256 ? 3 : 4;
	data->rand_type = type;
	data->rand_deg = random_degree(type);
	data->rand_sep = random_separation(type);
	data->state = (int32_t *)(void *)buf + 1;
	data->end_ptr = data->state + data->rand_deg;
	__srandom_r(seed, data);
	random_save(data);
	return 0;
}
weak_alias(__initstate_r, initstate_r);
