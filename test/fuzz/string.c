/* mem* and str*: each argument placed either so that its last byte is the
 * last before a PROT_NONE page, or so that it starts at a random alignment
 * (0..63) just after one, in two separate mappings, so that a read or a
 * write of one byte too many (or one before the start) faults; contents
 * from a few byte values (0x00, 0x7f, 0x80, 0xff, letters of both cases)
 * so that searches match and signed-char slips show.  Recorded: each
 * result, pointers as offsets, comparisons as their sign, the
 * destination's bytes. */
#define _GNU_SOURCE 1
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>
#include "values.h"

#define SPAN 16384              /* the usable bytes between the guards */

static unsigned char *region[2];

static void setup(void)
{
	long page = sysconf(_SC_PAGESIZE);

	for (int i = 0; i < 2; i++) {
		size_t len = SPAN + 2 * (size_t)page;
		unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE,
					MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			_exit(4);
		/* SPAN is a multiple of every page size here (4, 16 KiB) */
		mprotect(m, (size_t)page, PROT_NONE);
		mprotect(m + page + SPAN, (size_t)page, PROT_NONE);
		region[i] = m + page;
	}
}

/* n bytes of region r, against the upper guard or after the lower one. */
static unsigned char *place(int r, size_t n)
{
	if (chance(60))
		return region[r] + SPAN - n;
	return region[r] + below(64);
}

static unsigned char gen_byte(void)
{
	static const unsigned char bytes[] = { 0, 'a', 'b', 'A', 'B', 'c', 0x7f, 0x80, 0xff, 'z', '1' };

	return bytes[below(sizeof bytes)];
}

/* n random bytes at p, none 0 unless zeros. */
static void fill(unsigned char *p, size_t n, int zeros)
{
	for (size_t i = 0; i < n; i++)
		do
			p[i] = gen_byte();
		while (!zeros && !p[i]);
}

static size_t gen_len(void)
{
	switch (below(6)) {
	case 0: return below(8);
	case 1: case 2: return below(70);
	case 3: return below(300);
	case 4: return below(4000);
	default: return below(20);
	}
}

/* A NUL-ended string of length len in region r. */
static char *gen_str(int r, size_t len)
{
	unsigned char *p = place(r, len + 1);

	fill(p, len, 0);
	p[len] = 0;
	return (char *)p;
}

static void rec_sign(int v)
{
	rec_int(v < 0 ? -1 : v > 0);
}

static void rec_hash(const void *p, size_t n)
{
	const unsigned char *c = p;
	uint64_t h = 0xcbf29ce484222325ull;

	while (n--)
		h = (h ^ *c++) * 0x100000001b3ull;
	rec_hex(h);
}

void fuzz_string(void)
{
	static const char *const names[] = {
		"memcpy", "memmove", "memset", "memcmp", "memchr", "memrchr", "strlen",
		"strnlen", "strchr", "strrchr", "strchrnul", "strcmp", "strncmp", "strcpy",
		"stpcpy", "strncpy", "stpncpy", "strcat", "strncat", "strspn", "strcspn",
		"strpbrk", "strstr", "memmem", "strcasecmp", "strncasecmp", "mempcpy", "bcmp",
	};
	unsigned f = below(sizeof names / sizeof *names);
	size_t n = gen_len(), m = gen_len(), k;
	unsigned char *a, *b;
	char *s, *t;
	int c = chance(70) ? gen_byte() : (int)(rnd() & 0x1ff) - 0x80;

	if (!region[0])
		setup();
	rec_mem(names[f], strlen(names[f]));
	rec_sep();
	rec_uint(n);
	rec_sep();
	rec_uint(m);
	rec_sep();
	rec_int(c);
	rec_mem(" ->", 3);
	rec_sep();
	switch (f) {
	case 0: case 26:        /* memcpy, mempcpy */
		a = place(0, n);
		b = place(1, n);
		fill(b, n, 1);
		rec_hash(b, n);
		rec_sep();
		rec_ptr(f ? mempcpy(a, b, n) : memcpy(a, b, n), a);
		rec_sep();
		rec_hash(a, n);
		break;
	case 1:                 /* memmove, overlapping or not */
		k = n + below(64);
		a = place(0, k);
		fill(a, k, 1);
		b = a + below((unsigned)(k - n + 1));
		s = (char *)a + below((unsigned)(k - n + 1));
		rec_int(s - (char *)b);
		rec_sep();
		rec_ptr(memmove(s, b, n), s);
		rec_sep();
		rec_hash(a, k);
		break;
	case 2:
		a = place(0, n);
		rec_ptr(memset(a, c, n), a);
		rec_sep();
		rec_hash(a, n);
		break;
	case 3: case 27:        /* memcmp, bcmp: equal to a point */
		a = place(0, n);
		b = place(1, n);
		fill(a, n, 1);
		memcpy(b, a, n);
		if (n && chance(70)) {
			/* (one draw per statement: the order in which a
			 * compiler evaluates operands is its own) */
			k = below((unsigned)n);
			b[k] = gen_byte();
		}
		if (f == 3)
			rec_sign(memcmp(a, b, n));
		else
			rec_int(!!bcmp(a, b, n));
		break;
	case 4: case 5:
		a = place(0, n);
		fill(a, n, 1);
		rec_ptr(f == 4 ? memchr(a, c, n) : memrchr(a, c, n), a);
		break;
	case 6:
		s = gen_str(0, n);
		rec_uint(strlen(s));
		break;
	case 7:                 /* strnlen: m bytes, maybe no NUL among them */
		a = place(0, m);
		fill(a, m, chance(50));
		rec_uint(strnlen((char *)a, m));
		break;
	case 8: case 9: case 10:
		s = gen_str(0, n);
		rec_ptr(f == 8 ? strchr(s, c) : f == 9 ? strrchr(s, c) : strchrnul(s, c), s);
		break;
	case 11: case 12: case 24: case 25:     /* equal to a point */
		s = gen_str(0, n);
		t = (char *)place(1, n + 2);    /* one more: t may be longer */
		memcpy(t, s, n + 1);
		t[n + 1] = 0;
		if (chance(70)) {
			k = below((unsigned)n + 1);
			t[k] = (char)gen_byte();
			if (chance(30) && k < n)
				t[k + 1] = 0;
		}
		rec_int((int)strlen(t));
		rec_sep();
		if (f == 11)
			rec_sign(strcmp(s, t));
		else if (f == 12)
			rec_sign(strncmp(s, t, m));
		else if (f == 24)
			rec_sign(strcasecmp(s, t));
		else
			rec_sign(strncasecmp(s, t, m));
		break;
	case 13: case 14:
		s = gen_str(1, n);
		t = (char *)place(0, n + 1);
		rec_ptr(f == 13 ? strcpy(t, s) : stpcpy(t, s), t);
		rec_sep();
		rec_hash(t, n + 1);
		break;
	case 15: case 16:       /* strncpy, stpncpy: m bytes of destination */
		s = gen_str(1, n);
		t = (char *)place(0, m);
		memset(t, 0x55, m);
		rec_ptr(f == 15 ? strncpy(t, s, m) : stpncpy(t, s, m), t);
		rec_sep();
		rec_hash(t, m);
		break;
	case 17: case 18:       /* strcat, strncat: room for exactly the result */
		s = gen_str(1, n);
		k = below(20);  /* the destination's string, then the part added */
		a = place(0, k + (f == 17 || m > n ? n : m) + 1);
		fill(a, k, 0);
		a[k] = 0;
		rec_ptr(f == 17 ? strcat((char *)a, s) : strncat((char *)a, s, m), a);
		rec_sep();
		rec_mem(a, strlen((char *)a));
		break;
	case 19: case 20: case 21:
		s = gen_str(0, n);
		t = gen_str(1, below(6));
		if (f == 19)
			rec_uint(strspn(s, t));
		else if (f == 20)
			rec_uint(strcspn(s, t));
		else
			rec_ptr(strpbrk(s, t), s);
		break;
	case 22:
		s = gen_str(0, n);
		k = below(8) ? below(6) : below(40);
		t = gen_str(1, k);
		if (k && k <= n && chance(50))
			memcpy(t, s + below((unsigned)(n - k + 1)), k);
		rec_ptr(strstr(s, t), s);
		break;
	default:                /* memmem */
		a = place(0, n);
		fill(a, n, 1);
		k = below(8) ? below(6) : below(40);
		b = place(1, k);
		fill(b, k, 1);
		if (k && k <= n && chance(50))
			memcpy(b, a + below((unsigned)(n - k + 1)), k);
		rec_ptr(memmem(a, n, b, k), a);
		break;
	}
}
