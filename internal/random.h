/* glibc's random() generators, shared by random_r, srandom_r, initstate_r
 * and setstate_r (libc/stdlib/), and random() on top of them.
 *
 * Type 0 is a plain LCG on one word; types 1-4 are additive feedback
 * generators on 7, 15, 31 and 63 words, whose rear pointer runs 3, 1, 3
 * and 1 words behind the front one: each step adds the rear word into
 * the front word (mod 2^32), so for type 3 r[i] = r[i-3] + r[i-31].
 * The word before the state (state[-1]) records, while another state is
 * in use, type + 5 * (rear pointer's index): glibc's layout, so that a
 * buffer moves between glibc and taskrt, and setstate finds where a
 * generator stopped. */
#ifndef _TASKRT_INTERNAL_RANDOM_H
#define _TASKRT_INTERNAL_RANDOM_H

#include <stdlib.h>

#define RANDOM_TYPES 5

/* 0, 7, 15, 31, 63 words. */
static inline int random_degree(int type)
{
	return type ? (4 << type) - 1 : 0;
}

/* 0, 3, 1, 3, 1: the front pointer's lead over the rear one. */
static inline int random_separation(int type)
{
	return type ? (type & 1 ? 3 : 1) : 0;
}

/* Note in the word before data's state where its generator stands. */
static inline void random_save(struct random_data *data)
{
	int type = data->rand_type;

	data->state[-1] = type ? (int32_t)(RANDOM_TYPES * (data->rptr - data->state) + type) : 0;
}

#endif
