/* getopt, getopt_long, getopt_long_only as glibc does them: argv
 * permutation (and '+', '-', POSIXLY_CORRECT), "--", clusters, required
 * and optional arguments, ':' for a missing one, long options by full
 * name and unambiguous prefix, flags and longindex, and glibc's
 * diagnostics on stderr, word for word.  Each scan starts with optind 0. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include "check.h"

static int saved_fd2, pipe_fds[2];
static char said[1024];

/* stderr into a pipe around a call, then what it said in `said`. */
static void listen_begin(void)
{
	CHECK(pipe(pipe_fds) == 0);
	saved_fd2 = dup(2);
	dup2(pipe_fds[1], 2);
	close(pipe_fds[1]);
}

static const char *listen_end(void)
{
	ssize_t n;

	dup2(saved_fd2, 2);
	close(saved_fd2);
	n = read(pipe_fds[0], said, sizeof said - 1);
	said[n > 0 ? n : 0] = 0;
	close(pipe_fds[0]);
	return said;
}

/* All of getopt's answers for one argv, as one string: each option
 * letter (with "=arg" when it had one), '?'/':' with optopt, '1:arg' for
 * the '-' mode's non-options, then "|" and the rest of argv from optind. */
static const char *scan(int argc, char **argv, const char *opts, const struct option *lo, int only)
{
	static char out[512];
	char *p = out;
	int c, idx;

	optind = 0;
	listen_begin();
	while ((idx = -1, c = !lo ? getopt(argc, argv, opts)
	        : only ? getopt_long_only(argc, argv, opts, lo, &idx)
	        : getopt_long(argc, argv, opts, lo, &idx)) != -1) {
		if (c == '?' || c == ':')
			p += sprintf(p, "%c%c", c, optopt ? optopt : '0');
		else if (c == 1)
			p += sprintf(p, "1");
		else if (c == 0)
			p += sprintf(p, "0");
		else
			p += sprintf(p, "%c", c);
		if (idx >= 0)
			p += sprintf(p, "#%d", idx);
		if (optarg)
			p += sprintf(p, "=%s", optarg);
		*p++ = ' ';
	}
	listen_end();
	*p++ = '|';
	for (int i = optind; i < argc; i++)
		p += sprintf(p, " %s", argv[i]);
	*p = 0;
	return out;
}

#define ARGV(...) (sizeof (char *[]){ __VA_ARGS__ } / sizeof(char *)), (char *[]){ __VA_ARGS__, 0 }

static int flag;
static const struct option longs[] = {
	{ "verbose", no_argument, 0, 'v' },
	{ "version", no_argument, 0, 'V' },
	{ "file", required_argument, 0, 'f' },
	{ "color", optional_argument, 0, 'C' },
	{ "flag", no_argument, &flag, 42 },
	{ "same1", no_argument, 0, 's' },
	{ "same2", no_argument, 0, 's' },
	{ 0, 0, 0, 0 },
};

int main(void)
{
	/* Permutation: options first, the non-options behind in order. */
	CHECK_STR(scan(ARGV("prog", "-a", "x", "-b", "val", "y", "-cfoo", "-d"), "ab:c:d", 0, 0),
	          "a b=val c=foo d | x y");
	CHECK_STR(said, "");
	CHECK_STR(scan(ARGV("prog", "-ad", "x", "-b", "val"), "+ab:d", 0, 0), "a d | x -b val");
	CHECK_STR(scan(ARGV("prog", "-a", "x", "-d", "y"), "-ad", 0, 0), "a 1=x d 1=y |");
	/* "--" ends the options and stays out of the answer. */
	CHECK_STR(scan(ARGV("prog", "x", "-a", "--", "-d", "y"), "ad", 0, 0), "a | x -d y");
	CHECK_STR(scan(ARGV("prog", "-", "-a"), "a", 0, 0), "a | -");
	/* Clusters, and a required argument in the next element. */
	CHECK_STR(scan(ARGV("prog", "-dab", "v1", "-abv2"), "ab:d", 0, 0), "d a b=v1 a b=v2 |");
	/* Optional arguments are attached or absent. */
	CHECK_STR(scan(ARGV("prog", "-ofoo", "-o", "bar"), "o::", 0, 0), "o=foo o | bar");

	/* Errors and glibc's texts. */
	CHECK_STR(scan(ARGV("prog", "-x", "-a"), "a", 0, 0), "?x a |");
	CHECK_STR(said, "prog: invalid option -- 'x'\n");
	CHECK_STR(scan(ARGV("prog", "-a", "-b"), "ab:", 0, 0), "a ?b |");
	CHECK_STR(said, "prog: option requires an argument -- 'b'\n");
	CHECK_STR(scan(ARGV("prog", "-a", "-b"), ":ab:", 0, 0), "a :b |");
	CHECK_STR(said, "");
	CHECK_STR(scan(ARGV("prog", "-x", "-:"), ":a", 0, 0), "?x ?: |");
	CHECK_STR(said, "");
	opterr = 0;
	CHECK_STR(scan(ARGV("prog", "-x", "-b"), "b:", 0, 0), "?x ?b |");
	CHECK_STR(said, "");
	opterr = 1;

	/* POSIXLY_CORRECT: stop at the first non-option. */
	setenv("POSIXLY_CORRECT", "1", 1);
	CHECK_STR(scan(ARGV("prog", "-a", "x", "-a"), "a", 0, 0), "a | x -a");
	unsetenv("POSIXLY_CORRECT");
	CHECK_STR(scan(ARGV("prog", "-a", "x", "-a"), "a", 0, 0), "a a | x");

	/* Long options. */
	CHECK_STR(scan(ARGV("prog", "--verbose", "x", "--file=a", "--file", "b", "--fi", "c", "-v"),
	               "vf:", longs, 0), "v#0 f#2=a f#2=b f#2=c v | x");
	CHECK_STR(scan(ARGV("prog", "--color", "--color=red", "--col", "always"), "", longs, 0),
	          "C#3 C#3=red C#3 | always");
	flag = 0;
	CHECK_STR(scan(ARGV("prog", "--flag", "--same"), "", longs, 0), "0#4 s#5 |");
	CHECK_INT(flag, 42);
	CHECK_STR(scan(ARGV("prog", "--ver"), "", longs, 0), "?0 |");
	CHECK_STR(said, "prog: option '--ver' is ambiguous; possibilities: '--verbose' '--version'\n");
	CHECK_STR(scan(ARGV("prog", "--nope=3", "--"), "", longs, 0), "?0 |");
	CHECK_STR(said, "prog: unrecognized option '--nope=3'\n");
	CHECK_STR(scan(ARGV("prog", "--verbose=1"), "", longs, 0), "?v |");
	CHECK_STR(said, "prog: option '--verbose' doesn't allow an argument\n");
	CHECK_STR(scan(ARGV("prog", "--file"), "", longs, 0), "?f |");
	CHECK_STR(said, "prog: option '--file' requires an argument\n");
	CHECK_STR(scan(ARGV("prog", "--file"), ":", longs, 0), ":f |");
	CHECK_STR(said, "");
	/* "W;": "-W name" and "-Wname" are "--name". */
	CHECK_STR(scan(ARGV("prog", "-Wverbose", "-W", "file=x", "-W", "fi", "y", "-a"), "aW;", longs, 0),
	          "v#0 f#2=x f#2=y a |");
	CHECK_STR(scan(ARGV("prog", "-W"), "W;", longs, 0), "?W |");
	CHECK_STR(said, "prog: option requires an argument -- 'W'\n");
	CHECK_STR(scan(ARGV("prog", "-Wzap=1"), "W;", longs, 0), "?0 |");
	CHECK_STR(said, "prog: unrecognized option '-W zap=1'\n");
	CHECK_STR(scan(ARGV("prog", "-W", "ver"), "W;", longs, 0), "?0 |");
	CHECK_STR(said, "prog: option '-W ver' is ambiguous; possibilities: '-W verbose' '-W version'\n");
	/* getopt_long_only: "-name" is long unless it is a short option. */
	CHECK_STR(scan(ARGV("prog", "-verbose", "-f", "x", "-fi=y", "-v"), "v", longs, 1),
	          "v#0 ?0 f#2=y v | x");
	CHECK_STR(said, "prog: option '-f' is ambiguous; possibilities: '-file' '-flag'\n");
	CHECK_STR(scan(ARGV("prog", "-vq"), "vq", longs, 1), "v q |");
	CHECK_STR(scan(ARGV("prog", "-same"), "", longs, 1), "?0 |");
	CHECK_STR(said, "prog: option '-same' is ambiguous; possibilities: '-same1' '-same2'\n");
	CHECK_STR(scan(ARGV("prog", "-zap"), "", longs, 1), "?0 |");
	CHECK_STR(said, "prog: unrecognized option '-zap'\n");
	return check_done();
}
