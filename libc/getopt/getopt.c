/* getopt, getopt_long and getopt_long_only: one engine, glibc's rules.
 *
 * The scan walks argv from optind.  In the default (permuting) order a
 * run of non-options is skipped and, once the options after it are
 * taken, rotated behind them, so that at the end argv holds the options,
 * then the non-options in their original order, and optind points at
 * the first non-option: [first, last) is the run skipped so far, last
 * the index where the options after it start.  "--" ends the options.
 * One static state, as in glibc: getopt is not thread-safe. */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"

weak char *optarg;
weak int optind = 1, opterr = 1, optopt = '?';

enum { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	int started, order, first, last;
	const char *next;       /* the rest of a cluster "-abc", or NULL */
} s;

static void say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__vdprintf(2, fmt, ap);
	va_end(ap);
}

static void reverse(char **v, int i, int j)
{
	for (j--; i < j; i++, j--) {
		char *t = v[i];
		v[i] = v[j];
		v[j] = t;
	}
}

/* Move the skipped non-options [first, last) behind the options
 * [last, optind), keeping each group's order. */
static void rotate(char **argv)
{
	reverse(argv, s.first, s.last);
	reverse(argv, s.last, optind);
	reverse(argv, s.first, optind);
	s.first += optind - s.last;
	s.last = optind;
}

static int is_option(const char *arg)
{
	return arg[0] == '-' && arg[1];
}

/* A long option at s.next (past "--" or "-"): returns what getopt_long
 * does, or -1 (getopt_long_only only) to have it read as short options. */
static int long_option(int argc, char **argv, const char *optstring, const struct option *longopts,
                       int *longindex, const char *prefix, int quiet)
{
	const char *name = s.next, *end = __strchrnul(name, '=');
	size_t len = (size_t)(end - name);
	const struct option *found = 0, *p;
	int ambiguous = 0, index = 0;

	for (p = longopts; p->name; p++) {
		if (strncmp(p->name, name, len))
			continue;
		if (strlen(p->name) == len) {        /* exact: it wins */
			found = p;
			ambiguous = 0;
			break;
		}
		if (!found)
			found = p;
		else if (prefix[1] == 0 || found->has_arg != p->has_arg || found->flag != p->flag
		         || found->val != p->val)
			ambiguous = 1;     /* (getopt_long_only: any second prefix match) */
	}
	if (ambiguous) {
		if (!quiet) {
			say("%s: option '%s%.*s' is ambiguous; possibilities:", argv[0], prefix, (int)len, name);
			for (p = longopts; p->name; p++)
				if (!strncmp(p->name, name, len) && (p == found || prefix[1] == 0
				    || found->has_arg != p->has_arg || found->flag != p->flag || found->val != p->val))
					say(" '%s%s'", prefix, p->name);
			say("\n");
		}
		s.next = 0;
		optind++;
		optopt = 0;
		return '?';
	}
	if (!found) {
		/* getopt_long_only: "-x" may still be short option x. */
		if (prefix[1] == 0 && strchr(optstring, *name))
			return -1;
		if (!quiet)
			say("%s: unrecognized option '%s%s'\n", argv[0], prefix, name);
		s.next = 0;
		optind++;
		optopt = 0;
		return '?';
	}
	index = (int)(found - longopts);
	s.next = 0;
	optind++;
	if (*end == '=') {
		if (found->has_arg == no_argument) {
			if (!quiet)
				say("%s: option '%s%s' doesn't allow an argument\n", argv[0], prefix, found->name);
			optopt = found->val;
			return '?';
		}
		optarg = (char *)end + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (!quiet)
				say("%s: option '%s%s' requires an argument\n", argv[0], prefix, found->name);
			optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
		optarg = argv[optind++];
	} else {
		optarg = 0;
	}
	if (longindex)
		*longindex = index;
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

static int scan(int argc, char *const argv_in[], const char *optstring,
                const struct option *longopts, int *longindex, int long_only)
{
	char **argv = (char **)argv_in;     /* permuted, as glibc does */
	int quiet, c;
	const char *spec;

	/* The order is chosen when a scan starts (optind 0 restarts). */
	if (optind == 0 || !s.started) {
		if (optind == 0)
			optind = 1;
		s.started = 1;
		s.first = s.last = optind;
		s.next = 0;
		s.order = *optstring == '-' ? RETURN_IN_ORDER
		        : *optstring == '+' || getenv("POSIXLY_CORRECT") ? REQUIRE_ORDER : PERMUTE;
	}
	if (*optstring == '-' || *optstring == '+')
		optstring++;
	quiet = !opterr || *optstring == ':';
	optarg = 0;

	if (!s.next || !*s.next) {
		if (s.last > optind)
			s.last = optind;
		if (s.first > optind)
			s.first = optind;
		if (s.order == PERMUTE) {
			if (s.first != s.last && s.last != optind)
				rotate(argv);
			else if (s.last != optind)
				s.first = optind;
			while (optind < argc && !is_option(argv[optind]))
				optind++;
			s.last = optind;
		}
		if (optind < argc && !strcmp(argv[optind], "--")) {
			optind++;
			if (s.first != s.last && s.last != optind)
				rotate(argv);
			else if (s.first == s.last)
				s.first = optind;
			s.last = argc;
			optind = argc;
		}
		if (optind >= argc) {
			if (s.first != s.last)
				optind = s.first;
			return -1;
		}
		if (!is_option(argv[optind])) {
			if (s.order == REQUIRE_ORDER)
				return -1;
			optarg = argv[optind++];
			return 1;
		}
		if (longopts && argv[optind][1] == '-') {
			s.next = argv[optind] + 2;
			return long_option(argc, argv, optstring, longopts, longindex, "--", quiet);
		}
		s.next = argv[optind] + 1;
		if (long_only && longopts && (s.next[1] || !strchr(optstring, s.next[0]))) {
			int r = long_option(argc, argv, optstring, longopts, longindex, "-", quiet);

			if (r != -1)
				return r;
		}
	}

	c = (unsigned char)*s.next++;
	spec = c == ':' || c == ';' ? 0 : strchr(optstring, c);
	if (!*s.next)
		optind++;       /* the cluster is used up */
	if (!spec) {
		if (!quiet)
			say("%s: invalid option -- '%c'\n", argv[0], c);
		optopt = c;
		return '?';
	}
	if (c == 'W' && spec[1] == ';' && longopts) {
		/* GNU: with "W;" in optstring, "-W foo" is "--foo". */
		if (!*s.next) {
			if (optind >= argc) {
				if (!quiet)
					say("%s: option requires an argument -- '%c'\n", argv[0], c);
				optopt = c;
				s.next = 0;
				return *optstring == ':' ? ':' : '?';
			}
			s.next = argv[optind];
		}
		return long_option(argc, argv, optstring, longopts, longindex, "-W ", quiet);
	}
	if (spec[1] == ':') {
		if (*s.next) {                          /* attached: "-ofile" */
			optarg = (char *)s.next;
			optind++;
		} else if (spec[2] == ':') {            /* optional, not attached */
			optarg = 0;
		} else if (optind < argc) {             /* the next element */
			optarg = argv[optind++];
		} else {
			if (!quiet)
				say("%s: option requires an argument -- '%c'\n", argv[0], c);
			optopt = c;
			s.next = 0;
			return *optstring == ':' ? ':' : '?';
		}
		s.next = 0;
	}
	return c;
}

weak int getopt(int argc, char *const argv[], const char *optstring)
{
	return scan(argc, argv, optstring, 0, 0, 0);
}

weak int getopt_long(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex)
{
	return scan(argc, argv, optstring, longopts, longindex, 0);
}

weak int getopt_long_only(int argc, char *const argv[], const char *optstring,
                          const struct option *longopts, int *longindex)
{
	return scan(argc, argv, optstring, longopts, longindex, 1);
}
