/* test stress: 100,000 cancels per kind */
/* test skip libc: the stress run of taskrt's cancellation; test/cancel_race runs against glibc */
/* test/cancel_race.c, fifty times longer: 100,000 rounds each of read,
 * pthread_cond_wait and nanosleep (about a minute natively). */
#define ROUNDS 100000
#define ROUNDS_QEMU 5000
#include "cancel_race.c"
