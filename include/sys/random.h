/* <sys/random.h>: bytes from the kernel's random number generator. */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <bits/types.h>
#include <bits/random.h>    /* GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE */

ssize_t getrandom(void *buf, size_t size, unsigned flags);
int getentropy(void *buf, size_t size);

#endif
