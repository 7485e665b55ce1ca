/* <stdlib.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_STDLIB_H
#define _TASKRT_WRAP_STDLIB_H

#include_next <stdlib.h>
#include "internal/defs.h"

hidden char *__realpath(const char *restrict path, char *restrict resolved);
hidden int __random_r(struct random_data *restrict data, int32_t *restrict result);
hidden int __srandom_r(unsigned seed, struct random_data *data);
hidden int __initstate_r(unsigned seed, char *restrict state, size_t size, struct random_data *restrict data);
hidden int __setstate_r(char *restrict state, struct random_data *restrict data);

#endif
