/* The differential fuzzer's driver: the same source built with taskrt and
 * with glibc (test/fuzz/run.sh), each build printing the hash of every
 * case's record, so that the two outputs must be the same bytes.
 *
 *   fuzz run SEED SECTION FIRST COUNT BLOCK
 *        cases FIRST .. FIRST+COUNT-1 of SECTION; one line per BLOCK
 *        cases, "SECTION CASE HASH" (CASE: the block's first case)
 *   fuzz show SEED SECTION CASE
 *        that one case's record as text: its inputs and its results
 *   fuzz list
 *        the sections' names
 *
 * A case's random state depends only on (SEED, SECTION, CASE), so any case
 * replays alone.  The harness uses its own generator (not rand()) and its
 * own number formatting (not printf) for the records. */
#define _GNU_SOURCE 1
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fuzz.h"

static uint64_t state;

uint64_t rnd(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 2685821657736338717ull;
}

unsigned below(unsigned n)
{
	return (unsigned)(((rnd() >> 32) * n) >> 32);
}

int chance(unsigned percent)
{
	return below(100) < percent;
}

unsigned pick_weighted(const unsigned *weights, unsigned n)
{
	unsigned total = 0, i, r;

	for (i = 0; i < n; i++)
		total += weights[i];
	r = below(total);
	for (i = 0; r >= weights[i]; i++)
		r -= weights[i];
	return i;
}

static uint64_t splitmix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
	return x ^ (x >> 31);
}

/* ---- the record: a bounded text buffer, hashed (FNV-1a 64) or shown ---- */
static char record[1 << 16];
static size_t used;

static void put(char c)
{
	if (used < sizeof record)
		record[used++] = c;
}

void rec_mem(const void *p, size_t n)
{
	const unsigned char *s = p;
	static const char hex[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		if (s[i] >= 0x20 && s[i] < 0x7f && s[i] != '\\') {
			put((char)s[i]);
		} else {
			put('\\');
			put(hex[s[i] >> 4]);
			put(hex[s[i] & 15]);
		}
	}
}

void rec_str(const char *s)
{
	if (!s) {
		rec_mem("<NULL>", 6);
		return;
	}
	put('"');
	rec_mem(s, strlen(s));
	put('"');
}

void rec_uint(unsigned long long v)
{
	char buf[24];
	int n = 0;

	do
		buf[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	while (n)
		put(buf[--n]);
}

void rec_int(long long v)
{
	if (v < 0) {
		put('-');
		rec_uint(-(unsigned long long)v);
	} else {
		rec_uint((unsigned long long)v);
	}
}

void rec_hex(unsigned long long v)
{
	static const char hex[] = "0123456789abcdef";
	int shift = 60;

	put('0');
	put('x');
	while (shift > 0 && !(v >> shift))
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		put(hex[(v >> shift) & 15]);
}

void rec_ptr(const void *p, const void *base)
{
	if (!p) {
		rec_mem("NULL", 4);
		return;
	}
	put('@');
	rec_int((const char *)p - (const char *)base);
}

void rec_sep(void)
{
	put(' ');
}

void rec_fail(const char *what)
{
	rec_mem(" FAIL:", 6);
	rec_mem(what, strlen(what));
	put(' ');
}

/* ---- the driver ---- */
static const struct {
	const char *name;
	void (*run)(void);
} sections[] = {
	{ "printf", fuzz_printf },
	{ "scanf", fuzz_scanf },
	{ "strtol", fuzz_strtol },
	{ "strtod", fuzz_strtod },
	{ "time", fuzz_time },
	{ "qsort", fuzz_qsort },
	{ "getopt", fuzz_getopt },
	{ "string", fuzz_string },
	{ "path", fuzz_path },
	{ "inet", fuzz_inet },
};
#define NSECTIONS (sizeof sections / sizeof sections[0])

static unsigned long long number(const char *s)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);

	if (*s == 0 || *end) {
		write(2, "fuzz: not a number: ", 20);
		write(2, s, strlen(s));
		write(2, "\n", 1);
		exit(2);
	}
	return v;
}

static int section(const char *name)
{
	for (unsigned i = 0; i < NSECTIONS; i++)
		if (!strcmp(name, sections[i].name))
			return (int)i;
	write(2, "fuzz: no section ", 17);
	write(2, name, strlen(name));
	write(2, "\n", 1);
	exit(2);
}

static void one(uint64_t seed, int sec, uint64_t n)
{
	state = splitmix(splitmix(seed) ^ splitmix(0x5ec7104ull + (unsigned)sec) ^ splitmix(~n));
	if (!state)
		state = 1;
	used = 0;
	sections[sec].run();
}

static uint64_t hash(void)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (size_t i = 0; i < used; i++)
		h = (h ^ (unsigned char)record[i]) * 0x100000001b3ull;
	return h;
}

/* Output: lines into a buffer, written out when full (or per line when
 * each block is one case, so a crash leaves every case before it). */
static char out[1 << 16];
static size_t out_used;

static void flush(void)
{
	size_t done = 0;

	while (done < out_used) {
		ssize_t n = write(1, out + done, out_used - done);
		if (n <= 0)
			exit(3);
		done += (size_t)n;
	}
	out_used = 0;
}

static void emit_line(const char *name, uint64_t first, uint64_t h)
{
	/* the record's formatting, borrowed for the line */
	used = 0;
	rec_mem(name, strlen(name));
	put(' ');
	rec_uint(first);
	put(' ');
	rec_hex(h);
	put('\n');
	if (out_used + used > sizeof out)
		flush();
	memcpy(out + out_used, record, used);
	out_used += used;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "list")) {
		for (unsigned i = 0; i < NSECTIONS; i++) {
			write(1, sections[i].name, strlen(sections[i].name));
			write(1, "\n", 1);
		}
		return 0;
	}
	if (argc == 7 && !strcmp(argv[1], "run")) {
		uint64_t seed = number(argv[2]);
		int sec = section(argv[3]);
		uint64_t first = number(argv[4]), count = number(argv[5]);
		uint64_t block = number(argv[6]), h = 0;

		if (!block)
			block = 1;
		for (uint64_t i = 0; i < count; i++) {
			one(seed, sec, first + i);
			h = splitmix(h ^ hash());
			if ((i + 1) % block == 0 || i + 1 == count) {
				emit_line(sections[sec].name, first + i / block * block, h);
				h = 0;
				if (block == 1)
					flush();
			}
		}
		flush();
		return 0;
	}
	if (argc == 5 && !strcmp(argv[1], "show")) {
		one(number(argv[2]), section(argv[3]), number(argv[4]));
		put('\n');
		write(1, record, used);
		return 0;
	}
	write(2, "usage: fuzz run SEED SECTION FIRST COUNT BLOCK | show SEED SECTION CASE | list\n", 79);
	return 2;
}
