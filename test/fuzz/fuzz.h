/* The differential fuzzer's shared parts (test/fuzz/README in docs/fuzz.md).
 *
 * A section generates one case from a pseudo-random state that depends
 * only on (seed, section, case number), calls the library, and writes what
 * it got (the inputs first, then every result) to the case's record with
 * the rec_* functions.  The record is formatted here, without the libc
 * under test, so a wrong printf in one library cannot hide in the record
 * of another function.  The same source is built with taskrt and with
 * glibc; the runner (test/fuzz/run.sh) compares the records' hashes. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* The case's generator: xorshift64* from a splitmix64 start.  One draw
 * per expression: the order in which gcc and clang evaluate the operands
 * of one expression differs, and the two builds must draw alike. */
uint64_t rnd(void);
unsigned below(unsigned n);             /* 0 .. n-1 (n > 0) */
int chance(unsigned percent);           /* true percent% of the time */
unsigned pick_weighted(const unsigned *weights, unsigned n);

/* The record of the current case. */
void rec_str(const char *s);            /* text as is (control bytes escaped) */
void rec_mem(const void *p, size_t n);  /* bytes, escaped */
void rec_int(long long v);
void rec_uint(unsigned long long v);
void rec_hex(unsigned long long v);
void rec_ptr(const void *p, const void *base);  /* offset from base, or NULL */
void rec_sep(void);                     /* one space */

/* One case of each section; the case's state is set up before the call. */
void fuzz_printf(void);
void fuzz_scanf(void);
void fuzz_strtol(void);
void fuzz_strtod(void);
void fuzz_time(void);
void fuzz_qsort(void);
void fuzz_getopt(void);
void fuzz_string(void);
void fuzz_path(void);
void fuzz_inet(void);

/* A case's harness-level failure (a broken invariant the harness checks
 * itself, such as a qsort comparator pointer out of the array): recorded
 * as a word in the record, so it differs from glibc's. */
void rec_fail(const char *what);

#endif
