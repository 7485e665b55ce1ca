/* realpath, and POSIX basename and dirname (<libgen.h>), of paths made of
 * ".", "..", empty components (//), trailing slashes, names that are
 * missing, files, directories and symbolic links (relative, absolute, up,
 * loops, dangling, to files), and over-long names.  realpath runs in the
 * tree test/fuzz/run.sh makes in $FUZZ_TREE (the same folder for both
 * builds); a result inside it is recorded relative to it. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "values.h"

static const char *const parts[] = {
	"", ".", "..", "d", "e", "f", "file", "l_d", "l_e", "l_up", "l_dot", "l_loop",
	"l_a", "l_dangle", "l_abs", "l_file", "l_back", "l_deep", "x", "d/", "d/e",
	"l_d/e/f", "l_file/", "l_e/..",
	/* names that exist from the tree's top, so that walks get somewhere */
	"d", "d", "l_d", "l_e", "d/e/f", "l_e/f", "l_d/l_back/e", "l_up/tree", "l_deep",
	"d/l_back", "l_dot", "l_abs/e", "file",
};

static char tree[PATH_MAX];
static size_t tree_len;
static int have_tree = -1;

/* A walk that mostly exists: from the tree's top (0), d (1) or d/e (2),
 * a step names where it leads (3: a file, the end of the walk). */
static const struct { const char *name; int from, to; } steps[] = {
	{ "d", 0, 1 }, { "l_d", 0, 1 }, { "l_e", 0, 2 }, { "l_dot", 0, 0 },
	{ "l_abs", 0, 1 }, { "file", 0, 3 }, { "l_file", 0, 3 }, { "l_deep", 0, 3 },
	{ ".", 0, 0 }, { "", 0, 0 }, { "l_up/tree", 0, 0 }, { "e", 1, 2 },
	{ "l_back", 1, 1 }, { "..", 1, 0 }, { ".", 1, 1 }, { "f", 2, 3 },
	{ "..", 2, 1 }, { ".", 2, 2 }, { "", 2, 2 }, { "x", 1, 3 },
};

static void gen_walk(char *p)
{
	int at = 0;

	for (unsigned count = 1 + below(8); count && at != 3; count--) {
		unsigned i;

		do
			i = below(sizeof steps / sizeof *steps);
		while (steps[i].from != at);
		p = stpcpy(p, steps[i].name);
		at = steps[i].to;
		if (at != 3 || chance(20))
			*p++ = '/';
		*p = 0;
	}
}

static void gen_path(char *p, size_t size)
{
	size_t n = 0;
	unsigned count = 1 + below(6);

	p[0] = 0;
	if (chance(15))
		n = strlen(strcpy(p, chance(50) ? "/" : "//"));
	else if (have_tree > 0 && chance(15))
		n = strlen(strcat(strcpy(p, tree), "/"));
	while (count--) {
		const char *part = parts[below(sizeof parts / sizeof *parts)];
		size_t len = strlen(part);

		if (chance(2)) {                /* a name too long for the kernel */
			if (n + 300 >= size)
				break;
			memset(p + n, 'a', 300);
			n += 300;
		} else {
			if (n + len + 3 >= size)
				break;
			memcpy(p + n, part, len);
			n += len;
		}
		if (count || chance(20))
			p[n++] = '/';
		if (chance(10))
			p[n++] = '/';
		p[n] = 0;
	}
}

static void rec_path(const char *r)
{
	if (r && have_tree > 0 && !strncmp(r, tree, tree_len) && (r[tree_len] == '/' || !r[tree_len])) {
		rec_mem("<T>", 3);
		r += tree_len;
	}
	rec_str(r);
}

void fuzz_path(void)
{
	char path[1200], copy[1200], buf[PATH_MAX], *r;

	if (have_tree < 0) {
		const char *t = getenv("FUZZ_TREE");

		have_tree = t && chdir(t) == 0 && getcwd(tree, sizeof tree);
		tree_len = strlen(tree);
	}
	if (have_tree > 0 && chance(50))
		gen_walk(path);
	else
		gen_path(path, sizeof path);
	rec_str(have_tree > 0 ? "" : "(no tree)");
	rec_path(path);
	rec_mem(" ->", 3);
	strcpy(copy, path);
	rec_mem(" base ", 6);
	rec_str(basename(copy));
	strcpy(copy, path);
	rec_mem(" dir ", 5);
	rec_str(dirname(copy));
	if (chance(5)) {
		rec_mem(" base(NULL) ", 12);
		rec_str(basename(NULL));
		rec_mem(" dir(NULL) ", 11);
		rec_str(dirname(NULL));
	}
	if (have_tree <= 0)
		return;
	errno = 0;
	if (chance(50)) {
		r = realpath(path, NULL);
		rec_mem(" realpath ", 10);
		rec_path(r);
		free(r);
	} else {
		memset(buf, 0x55, sizeof buf);
		r = realpath(path, buf);
		rec_mem(" realpath buf ", 14);
		rec_path(r);
		if (r && r != buf)
			rec_fail("realpath did not answer its buffer");
	}
	if (!r) {
		rec_mem(" e", 2);
		rec_int(errno);
	}
}
