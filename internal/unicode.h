/* Lookups in the generated Unicode tables (<unicode/NAME.h>, made by
 * libc/wctype/gen/unicode.c): sorted closed ranges, and case-mapping
 * runs, each searched by halving. */
#ifndef _TASKRT_INTERNAL_UNICODE_H
#define _TASKRT_INTERNAL_UNICODE_H

#include "defs.h"

/* Is c in one of the n ranges { first, last }? */
static inline int __in_ranges(const unsigned (*r)[2], unsigned n, unsigned c)
{
	unsigned lo = 0, hi = n;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (c < r[mid][0])
			hi = mid;
		else if (c > r[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

#define IN_TABLE(table, c) __in_ranges(table, sizeof table / sizeof *table, c)

/* c mapped by the runs { first, last, delta, stride } (stride 1: every
 * code point of the run; 2: every other one, from first). */
#define MAP_TABLE(runs, c) ({ \
	unsigned lo_ = 0, hi_ = sizeof runs / sizeof *runs, c_ = (c), r_ = c_; \
	while (lo_ < hi_) { \
		unsigned mid_ = lo_ + (hi_ - lo_) / 2; \
		if (c_ < runs[mid_].first) hi_ = mid_; \
		else if (c_ > runs[mid_].last) lo_ = mid_ + 1; \
		else { if ((c_ - runs[mid_].first) % runs[mid_].stride == 0) r_ = c_ + runs[mid_].delta; break; } \
	} \
	r_; })

#endif
