/* Random values for the sections (values.c). */
#ifndef FUZZ_VALUES_H
#define FUZZ_VALUES_H

#include "fuzz.h"

uint64_t gen_int(void);         /* bits of an integer near some limit */
double gen_double(void);        /* every category, inf and nan included */
long double gen_ldouble(void);  /* the same in the long double format */
void rec_double(double d);      /* as bits */
void rec_ldouble(long double v);
void rec_float(float f);

/* Up to max pieces, each picked from pieces[], into buf (NUL ended, cut
 * to size); the length. */
size_t gen_text(char *buf, size_t size, const char *const *pieces, unsigned npieces, unsigned max);

/* v in decimal at p, NUL ended, without printf; the end. */
char *utoa(char *p, unsigned v);

#endif
