/* <pthread.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_PTHREAD_H
#define _TASKRT_WRAP_PTHREAD_H

#include_next <pthread.h>
#include "internal/defs.h"

hidden int __pthread_attr_init(pthread_attr_t *attr);
hidden int __pthread_attr_setdetachstate(pthread_attr_t *attr, int state);
hidden int __pthread_cond_broadcast(pthread_cond_t *c);
hidden int __pthread_cond_destroy(pthread_cond_t *c);
hidden int __pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict attr);
hidden int __pthread_cond_signal(pthread_cond_t *c);
hidden int __pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m, const struct timespec *restrict abstime);
hidden int __pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m);
hidden int __pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr, void *(*start)(void *), void *restrict arg);
hidden int __pthread_detach(pthread_t thread);
hidden int __pthread_equal(pthread_t a, pthread_t b);
hidden _Noreturn void __pthread_exit(void *result);
hidden void *__pthread_getspecific(pthread_key_t key);
hidden int __pthread_join(pthread_t thread, void **result);
hidden int __pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
hidden int __pthread_key_delete(pthread_key_t key);
hidden int __pthread_mutex_destroy(pthread_mutex_t *m);
hidden int __pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict attr);
hidden int __pthread_mutex_lock(pthread_mutex_t *m);
hidden int __pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict abstime);
hidden int __pthread_mutex_trylock(pthread_mutex_t *m);
hidden int __pthread_mutex_unlock(pthread_mutex_t *m);
hidden int __pthread_mutexattr_init(pthread_mutexattr_t *attr);
hidden int __pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
hidden int __pthread_once(pthread_once_t *once, void (*fn)(void));
hidden pthread_t __pthread_self(void);
hidden int __pthread_setspecific(pthread_key_t key, const void *value);

/* Cancellation (thread/testcancel.c, thread/cleanup.c). */
hidden void __pthread_testcancel(void);
hidden void __pthread_cleanup_push(struct __pthread_cleanup *c, void (*fn)(void *), void *arg);
hidden void __pthread_cleanup_pop(struct __pthread_cleanup *c, int run);

#endif
