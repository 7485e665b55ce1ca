/* <getopt.h>: getopt, and GNU's getopt_long / getopt_long_only with
 * glibc's behaviour: argv is permuted so that options come first (unless
 * optstring starts with '+' or POSIXLY_CORRECT is set; '-' returns each
 * non-option as the argument of option 1), a leading ':' (after those)
 * makes a missing argument return ':' without a message, "x::" takes an
 * optional attached argument, "W;" makes "-W foo" mean "--foo" (for
 * getopt_long), and optind = 0 starts over. */
#ifndef _GETOPT_H
#define _GETOPT_H

#include <features.h>

extern char *optarg;
extern int optind, opterr, optopt;

int getopt(int argc, char *const argv[], const char *optstring);

struct option {
	const char *name;
	int has_arg;            /* no_argument, required_argument, optional_argument */
	int *flag;              /* non-NULL: *flag = val and getopt_long returns 0 */
	int val;
};

#define no_argument       0
#define required_argument 1
#define optional_argument 2

int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *longopts, int *longindex);
int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex);

#endif
