/* What the printf engine (libc/stdio/format.c) shares with its floating
 * conversions (libc/stdio/format_float.c). */
#ifndef _TASKRT_INTERNAL_FORMAT_H
#define _TASKRT_INTERNAL_FORMAT_H

#include <limits.h>
#include "float.h"
#include "stdio.h"

/* One bit per flag character, so a set of flags is a plain OR. */
#define FLAG(c) (1u << ((c) - ' '))
#define LEFT    FLAG('-')
#define PLUS    FLAG('+')
#define SPACE   FLAG(' ')
#define ALT     FLAG('#')
#define ZERO    FLAG('0')
#define QUOTE   FLAG('\'')
#define ANY_FLAG (LEFT | PLUS | SPACE | ALT | ZERO | QUOTE)

#define NO_PRECISION UINT_MAX

/* Print the value at p, a long double if ldbl, else a double, as
 * conversion conv (a A e E f F g G) with the flags, width and precision
 * of the directive. */
hidden void __format_float(struct sink *s, const void *p, int ldbl,
			   int conv, unsigned flags, unsigned width, unsigned prec);

/* The UTF-8 bytes of code point c into buf (4 bytes): how many, or 0 if c
 * is no character (a surrogate, or past U+10FFFF). */
hidden size_t __utf8_encode(char *buf, unsigned c);

#endif
