/* Thread-specific data: pthread_key_create and friends.
 *
 * A key is an index 0..PTHREAD_KEYS_MAX-1 into two tables:
 *
 *   keys[k]        shared by all threads: the destructor, and a sequence
 *                  number that is odd while the key is in use and even
 *                  while it is free.  Create and delete each add 1.
 *   self->tsd      one per thread, allocated on its first setspecific:
 *                  for every key, the value and the sequence number the
 *                  key had when the value was stored, side by side (one
 *                  cache line for getspecific to read).
 *
 * A value counts only while its stored sequence number equals the key's.
 * So after pthread_key_delete, and a pthread_key_create that hands out the
 * same index again, no thread sees the value it stored under the old key,
 * without anybody visiting the other threads' tables.  (The number would
 * have to wrap all the way round, 2^31 deletes on a 32-bit arch, to fool
 * this.)
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "internal/pthread.h"
#include "internal/lock.h"
#include "internal/defs.h"

struct tsd {
	struct {
		void *value;
		unsigned long seq;
	} slot[PTHREAD_KEYS_MAX];
};

static struct {
	unsigned long seq;             /* odd: in use */
	void (*destructor)(void *);
} keys[PTHREAD_KEYS_MAX];
static volatile int lock;          /* guards keys[] against create/delete races */

void __key_fork(int when)
{
	__lock_fork(&lock, when);
}

static int in_use(unsigned long seq) { return seq & 1; }

int __pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	__lock(&lock);
	for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (in_use(keys[k].seq))
			continue;
		keys[k].destructor = destructor;
		__atomic_store_n(&keys[k].seq, keys[k].seq + 1, __ATOMIC_RELEASE);
		__unlock(&lock);
		*key = k;
		return 0;
	}
	__unlock(&lock);
	return EAGAIN;                 /* all PTHREAD_KEYS_MAX in use */
}
weak_alias(__pthread_key_create, pthread_key_create);

/* Runs no destructor (POSIX says so): values left under the key simply
 * stop counting, because their sequence number no longer matches. */
int __pthread_key_delete(pthread_key_t k)
{
	int r = EINVAL;

	__lock(&lock);
	if (k < PTHREAD_KEYS_MAX && in_use(keys[k].seq)) {
		keys[k].destructor = 0;
		__atomic_store_n(&keys[k].seq, keys[k].seq + 1, __ATOMIC_RELEASE);
		r = 0;
	}
	__unlock(&lock);
	return r;
}
weak_alias(__pthread_key_delete, pthread_key_delete);

__attribute__((__aligned__(16)))   /* a hot loop's target: one fetch block */
fast_path void *__pthread_getspecific(pthread_key_t k)
{
	struct tsd *t = (struct tsd *)__self()->tsd;

	/* Straight through for a value that counts. */
	if (__builtin_expect(t && k < PTHREAD_KEYS_MAX
	                     && t->slot[k].seq == __atomic_load_n(&keys[k].seq, __ATOMIC_ACQUIRE), 1))
		return t->slot[k].value;
	return 0;
}
weak_alias(__pthread_getspecific, pthread_getspecific);

int __pthread_setspecific(pthread_key_t k, const void *value)
{
	struct pthread *self = __self();
	struct tsd *t = (struct tsd *)self->tsd;
	unsigned long seq;

	if (k >= PTHREAD_KEYS_MAX
	    || !in_use(seq = __atomic_load_n(&keys[k].seq, __ATOMIC_ACQUIRE)))
		return EINVAL;
	if (!t) {
		if (!value)
			return 0;      /* NULL is what a missing table reads as */
		t = calloc(1, sizeof *t);
		if (!t)
			return ENOMEM;
		self->tsd = (void **)t;
	}
	t->slot[k].value = (void *)value;
	t->slot[k].seq = seq;
	return 0;
}
weak_alias(__pthread_setspecific, pthread_setspecific);

/* Called by pthread_exit.  Each round calls the destructor of every key
 * that still holds a non-NULL value, in key order, after setting the value
 * to NULL; a destructor may store new values (even under a key already
 * visited), so rounds repeat, at most PTHREAD_DESTRUCTOR_ITERATIONS times,
 * while any destructor ran.  What is left after that is dropped. */
void __pthread_tsd_run_destructors(struct pthread *self)
{
	struct tsd *t = (struct tsd *)self->tsd;
	int round, ran = 1;

	if (!t)
		return;
	for (round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS && ran; round++) {
		ran = 0;
		for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
			void *value = t->slot[k].value;
			void (*destructor)(void *) = 0;

			if (!value)
				continue;
			t->slot[k].value = 0;
			__lock(&lock);           /* seq and destructor, one snapshot */
			if (t->slot[k].seq == keys[k].seq)
				destructor = keys[k].destructor;
			__unlock(&lock);
			if (destructor) {
				destructor(value);
				ran = 1;
			}
		}
	}
	self->tsd = 0;
	free(t);
}
