#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/lock.h"
#include "internal/random.h"

/* random(), srandom(), initstate() and setstate(): the _r functions
 * (internal/random.h) on one process-wide generator, so that a seed gives
 * glibc's sequence.  Until a program says otherwise that generator is
 * type 3 (31 words) as after srandom(1), set up on first use.  One lock:
 * random() is thread-safe in glibc. */

static int32_t default_state[1 + 31];
static struct random_data data;          /* state NULL: not set up yet */
static volatile int lock;

static void set_up_locked(void)
{
	if (!data.state)
		__initstate_r(1, (char *)default_state, sizeof default_state, &data);
}

weak long random(void)
{
	int32_t r;

	__lock(&lock);
	set_up_locked();
	__random_r(&data, &r);
	__unlock(&lock);
	return r;
}

weak void srandom(unsigned seed)
{
	__lock(&lock);
	set_up_locked();
	__srandom_r(seed, &data);
	__unlock(&lock);
}

/* Both return the buffer of the state given up (the default one's too),
 * or NULL and EINVAL. */
weak char *initstate(unsigned seed, char *buf, size_t size)
{
	char *old;

	__lock(&lock);
	set_up_locked();
	old = (char *)(data.state - 1);
	if (__initstate_r(seed, buf, size, &data) < 0)
		old = 0;
	__unlock(&lock);
	return old;
}

weak char *setstate(char *buf)
{
	char *old;

	__lock(&lock);
	set_up_locked();
	old = (char *)(data.state - 1);
	if (__setstate_r(buf, &data) < 0)
		old = 0;
	__unlock(&lock);
	return old;
}
