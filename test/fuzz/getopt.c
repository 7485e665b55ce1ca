/* getopt, getopt_long and getopt_long_only on random argument vectors
 * (clusters, attached and separate arguments, unknown options, missing
 * arguments, "-", "--", abbreviations, exact and ambiguous long names,
 * "=value", operands between options to be permuted) with random option
 * strings ("+", "-" and ":" prefixes, ":" and "::" options).  Recorded:
 * every return with optind, optarg, optopt and the long index, then the
 * final argv order.  opterr is 0 (the messages' wording is glibc's own);
 * the runner unsets POSIXLY_CORRECT. */
#include <getopt.h>
#include <string.h>
#include <unistd.h>
#include "values.h"

static int flag;

static void rec_opt(int c)
{
	if (c > 32 && c < 127) {
		char s[2] = { (char)c, 0 };
		rec_mem(s, 1);
	} else {
		rec_int(c);
	}
}

void fuzz_getopt(void)
{
	static const char *const prefixes[] = { "", "", "", "+", "-", ":", "+:", "-:" };
	static const char letters[] = "abcdfvxW";
	static const char *const names[] = { "alpha", "all", "beta", "verbose", "ver", "x", "help", "b" };
	static const char *const tokens[] = {
		"-a", "-ab", "-abc", "-c", "-cfoo", "-x", "-z", "-", "--", "--alpha", "--al",
		"--a", "--ver", "--verbose=3", "--beta=", "--beta=1", "--unknown", "--help",
		"--b", "--x=", "file", "val", "-vd", "-W", "-Wbeta", "-W", "alpha", "-al",
		"-alpha", "-ver", "-beta=2", "-d", "-:", "-?", "a b", "",
	};
	char opts[40], *p = opts;
	struct option longs[9];
	char *argv[12];
	int argc = 1 + (int)below(10), mode = (int)below(3), c, index, steps = 0;

	p = stpcpy(p, prefixes[below(sizeof prefixes / sizeof *prefixes)]);
	for (unsigned i = 0; i < sizeof letters - 1; i++) {
		if (chance(40))
			continue;
		*p++ = letters[i];
		if (letters[i] == 'W' && chance(50))
			*p++ = ';';
		else if (chance(40))
			p = stpcpy(p, chance(60) ? ":" : "::");
	}
	*p = 0;
	unsigned nlong = 0;
	for (unsigned i = 0; i < sizeof names / sizeof *names; i++) {
		if (chance(30))
			continue;
		longs[nlong].name = names[i];
		longs[nlong].has_arg = (int)below(3);
		longs[nlong].flag = chance(20) ? &flag : NULL;
		longs[nlong].val = chance(50) ? 'a' + (int)i : 256 + (int)i;
		nlong++;
	}
	memset(&longs[nlong], 0, sizeof longs[nlong]);
	argv[0] = "prog";
	for (int i = 1; i < argc; i++)
		argv[i] = (char *)tokens[below(sizeof tokens / sizeof *tokens)];
	argv[argc] = NULL;

	rec_int(mode);
	rec_sep();
	rec_str(opts);
	for (unsigned i = 0; i < nlong; i++) {
		rec_sep();
		rec_mem(longs[i].name, strlen(longs[i].name));
		rec_mem("/", 1);
		rec_int(longs[i].has_arg);
		rec_mem(longs[i].flag ? "/f" : "/", 2);
		rec_int(longs[i].val);
	}
	for (int i = 1; i < argc; i++) {
		rec_sep();
		rec_str(argv[i]);
	}
	rec_mem(" ->", 3);

	optind = 0;
	opterr = 0;
	flag = 0;
	for (;;) {
		index = -1;
		optarg = NULL;
		optopt = 0;
		if (mode == 0)
			c = getopt(argc, argv, opts);
		else if (mode == 1)
			c = getopt_long(argc, argv, opts, longs, &index);
		else
			c = getopt_long_only(argc, argv, opts, longs, &index);
		rec_sep();
		rec_opt(c);
		rec_mem(",", 1);
		rec_int(optind);
		if (optarg) {
			rec_mem(",", 1);
			rec_str(optarg);
		}
		if (c == '?' || c == ':') {
			rec_mem(",o", 2);
			rec_opt(optopt);
		}
		if (index >= 0) {
			rec_mem(",i", 2);
			rec_int(index);
		}
		if (c == 0) {
			rec_mem(",f", 2);
			rec_int(flag);
		}
		if (c == -1 || ++steps == 40)
			break;
	}
	for (int i = 1; i < argc; i++) {
		rec_sep();
		rec_str(argv[i]);
	}
}
