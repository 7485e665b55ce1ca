#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include "internal/stdio.h"
#include "internal/word.h"

/* n bytes from p (or n times the byte c) into the sink; see internal/stdio.h.
 * printf calls this for every piece of every field, most of them 0 to 10
 * bytes long and nearly all of them fitting the room left, so that case
 * is a leaf: no call, so no register to save, and the copy works on
 * locals (a store through a char pointer may alias the sink itself, and
 * copying into s->buf[s->len++] made the compiler reload buf, len and
 * size for every byte).  A piece that does not fit goes to put_more,
 * which hands it back here a roomful at a time.  The copy has no byte
 * loop for its tail: a piece of a word or more is whole words, the last
 * one overlapping; 4 to 7 bytes are two 4-byte copies that overlap; only
 * 1 to 3 go byte by byte (a byte loop costs two branches a byte, and
 * printf's pieces average a few bytes of tail each).  The loops stay
 * loops (keep_loops: gcc would make them memcpy and memset calls, and
 * the pieces are short). */
static void put_more(struct sink *s, const char *p, int c, size_t n);

static inline void copy_word(char *d, const char *p)
{
	word w = word_load(p);

	__builtin_memcpy(d, &w, WORD_SIZE);
}

static inline void copy_4(char *d, const char *p)
{
	uint32_t w;

	__builtin_memcpy(&w, p, 4);
	__builtin_memcpy(d, &w, 4);
}

keep_loops void __sink_put(struct sink *s, const char *p, int c, size_t n)
{
	char *d;
	size_t k;

	if (!n)
		return;         /* (5 of printf("%d %s %ld %s\n")'s 13 pieces) */
	/* printf returns an int: more output than that is an error
	 * (put_more says so).  A failed sink has no room (fail()). */
	if (n > s->size - s->len || n > (size_t)(INT_MAX - s->count)) {
		put_more(s, p, c, n);
		return;
	}
	d = s->buf + s->len;
	s->len += n;
	s->count += n;
	k = 0;
	if (p) {
		if (n >= WORD_SIZE) {
			/* whole words, the last one ending at the piece's end
			 * (and so overlapping the one before it) */
			for (; k < n - WORD_SIZE; k += WORD_SIZE)
				copy_word(d + k, p + k);
			copy_word(d + n - WORD_SIZE, p + n - WORD_SIZE);
		} else if (WORD_SIZE > 4 && n >= 4) {
			copy_4(d, p);                   /* 4 to 7 bytes: two */
			copy_4(d + n - 4, p + n - 4);   /* that overlap */
		} else {
			do                              /* 1 to 3 bytes */
				d[k] = p[k];
			while (++k < n);
		}
	}
	else
		do      /* (n >= 1: the test at the loop's end) */
			d[k] = (char)c;
		while (++k < n);
}

/* A sink whose write failed or whose count would pass INT_MAX (errno
 * says which) keeps no room, so that every later piece comes to
 * put_more, which drops it: __sink_put need not test for failure.
 * (run() marks its own failures, and then puts nothing more.) */
static void fail(struct sink *s)
{
	s->failed = 1;
	s->size = s->len;
}

/* The rest of __sink_put: a piece bigger than the room left, or one that
 * takes the count past INT_MAX, or any piece after a failure. */
__attribute__((__noinline__))
static void put_more(struct sink *s, const char *p, int c, size_t n)
{
	size_t k;

	if (s->failed)
		return;
	if (n > (size_t)(INT_MAX - s->count)) {
		errno = EOVERFLOW;
		fail(s);
		return;
	}
	for (;;) {
		k = s->size - s->len;
		if (k > n)
			k = n;
		__sink_put(s, p, c, k);         /* (fits: never back here) */
		n -= k;
		if (!s->flush) {
			s->count += n;  /* snprintf: what did not fit is counted, not kept */
			return;
		}
		if (!n)
			return;
		if (p)
			p += k;
		if (s->flush(s)) {
			fail(s);
			return;
		}
	}
}

int __sink_end(struct sink *s)
{
	if (!s->flush) {
		if (s->buf)
			s->buf[s->len] = 0;    /* STRING_SINK kept a byte for it */
	} else if (!s->failed && s->flush(s)) {
		s->failed = 1;
	}
	return s->failed ? -1 : s->count;
}
