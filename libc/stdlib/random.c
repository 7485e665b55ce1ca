#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/lock.h"

/* random(): glibc's additive feedback generator, so that a seed gives the
 * same sequence as there.  The state is `degree` words r[]; each call adds
 * the word `separation` places behind (cyclically) into the front word:
 *
 *   r[f] += r[b]   (mod 2^32), result r[f] >> 1, then f and b step on,
 *
 * which for the default 128-byte state (degree 31, separation 3) is
 * r[i] = r[i-3] + r[i-31].  Type 0 (a state under 32 bytes) is a plain
 * LCG instead.  The caller's state buffer keeps, in its first word,
 * type + 5 * (index of the back pointer), which is how setstate finds
 * where a generator stopped (glibc's layout, so a buffer moves between
 * them unchanged).  One lock: random() is thread-safe in glibc. */

static const struct { unsigned char degree, separation; } types[5] = {
	{ 0, 0 }, { 7, 3 }, { 15, 1 }, { 31, 3 }, { 63, 1 },
};

static int32_t default_state[1 + 31];
static int32_t *state = default_state + 1;     /* r[0] */
static int type = 3, front = 3, back = 0;        /* f and b above */
static int seeded;                               /* 0: as srandom(1) */
static volatile int lock;

static uint32_t step(void)
{
	int degree = types[type].degree;
	uint32_t v;

	if (type == 0) {
		v = ((uint32_t)state[0] * 1103515245U + 12345U) & 0x7fffffff;
		state[0] = (int32_t)v;
		return v;
	}
	v = (uint32_t)state[front] + (uint32_t)state[back];
	state[front] = (int32_t)v;
	front = front + 1 == degree ? 0 : front + 1;
	back = back + 1 == degree ? 0 : back + 1;
	return v >> 1;
}

/* Fill the state from seed by Park and Miller's minimal standard
 * generator (16807 * x mod 2^31 - 1, Schrage's method), then run it
 * 10 * degree steps so the early outputs do not echo the seed. */
static void seed_locked(unsigned seed)
{
	int degree = types[type].degree;
	int32_t word = (int32_t)(seed ? seed : 1);

	seeded = 1;
	state[0] = word;
	if (type == 0)
		return;
	for (int i = 1; i < degree; i++) {
		long hi = word / 127773, lo = word % 127773;
		long next = 16807 * lo - 2836 * hi;

		word = (int32_t)(next < 0 ? next + 2147483647 : next);
		state[i] = word;
	}
	front = types[type].separation;
	back = 0;
	for (int i = 0; i < 10 * degree; i++)
		step();
}

/* Record where the current generator stands in its buffer's first word. */
static void save_position(void)
{
	state[-1] = type == 0 ? 0 : 5 * back + type;
}

weak long random(void)
{
	long r;

	__lock(&lock);
	if (!seeded)
		seed_locked(1);
	r = (long)step();
	__unlock(&lock);
	return r;
}

weak void srandom(unsigned seed)
{
	__lock(&lock);
	seed_locked(seed);
	__unlock(&lock);
}

weak char *initstate(unsigned seed, char *buf, size_t size)
{
	char *old;
	int t;

	if (size < 8) {
		errno = EINVAL;
		return 0;
	}
	t = size < 32 ? 0 : size < 64 ? 1 : size < 128 ? 2 : size < 256 ? 3 : 4;
	__lock(&lock);
	if (!seeded)
		seed_locked(1);
	save_position();
	old = (char *)(state - 1);
	type = t;
	state = (int32_t *)(void *)buf + 1;
	seed_locked(seed);
	save_position();
	__unlock(&lock);
	return old;
}

weak char *setstate(char *buf)
{
	int32_t *next = (int32_t *)(void *)buf + 1;
	int t = next[-1] % 5, b = next[-1] / 5;
	char *old;

	if (t < 0 || (t && b >= types[t].degree)) {
		errno = EINVAL;
		return 0;
	}
	__lock(&lock);
	if (!seeded)
		seed_locked(1);
	save_position();
	old = (char *)(state - 1);
	type = t;
	state = next;
	seeded = 1;
	if (t) {
		back = b;
		front = (b + types[t].separation) % types[t].degree;
	}
	__unlock(&lock);
	return old;
}
