/* regcomp: parse a basic or extended regular expression into a tree,
 * then write the tree out as a program for regexec's backtracking
 * machine (internal/regex.h).  The grammar and its errors follow glibc:
 *
 *   ERE  alt := branch ('|' branch)*      BRE  alt := branch ('\|' branch)*
 *        branch := piece*                      branch := piece*
 *        piece := atom ('*' '+' '?' {m,n})*    piece := atom [* \{m,n\} \+ \?]
 *        atom := (alt) . [..] ^ $ \x c         atom := \(alt\) . [..] ^ $ \x \N c
 *
 * In a BRE '*' is literal at the start of a branch, '^' an anchor only
 * there and '$' only at its end, and '*' or "\{" right after another
 * repetition is an error; in an ERE a repetition operator with nothing
 * (or an anchor) before it is one.
 * A counted repetition is written out as that many copies. */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "internal/charclass.h"
#include "internal/regex.h"

#define MAX_CODE (1 << 20)      /* instructions: beyond, REG_ESPACE */

enum { T_EMPTY, T_LEAF, T_CAT, T_ALT, T_GROUP, T_REP };

struct node {
	int type, a, b, l, r;   /* LEAF: op a, arg b; GROUP: n a; REP: min a, max b (-1) */
};

struct parser {
	const char *p;
	int ere, icase, err;
	int nsub, closed;       /* closed: bit n, subexpression n (1..9) is complete */
	struct node *nodes;
	int nnodes, nodes_size;
	unsigned char (*sets)[32];
	int nsets, sets_size;
	struct re_inst *code;
	int len, size, loops, first_loop_reg;
};

static int grow(void **v, int *size, int need, size_t item)
{
	void *more;
	int n;

	if (need <= *size)
		return 0;
	n = *size ? *size * 2 : 32;
	if (!(more = realloc(*v, (size_t)n * item)))
		return -1;
	*v = more;
	*size = n;
	return 0;
}

static int node(struct parser *ps, int type, int a, int b, int l, int r)
{
	if (ps->err)
		return -1;
	if (grow((void **)&ps->nodes, &ps->nodes_size, ps->nnodes + 1, sizeof *ps->nodes)) {
		ps->err = REG_ESPACE;
		return -1;
	}
	ps->nodes[ps->nnodes] = (struct node){ type, a, b, l, r };
	return ps->nnodes++;
}

static int fail(struct parser *ps, int error)
{
	if (!ps->err)
		ps->err = error;
	return -1;
}

/* A new empty set: its index, or -1. */
static int new_set(struct parser *ps)
{
	if (grow((void **)&ps->sets, &ps->sets_size, ps->nsets + 1, sizeof *ps->sets))
		return fail(ps, REG_ESPACE);
	memset(ps->sets[ps->nsets], 0, sizeof *ps->sets);
	return ps->nsets++;
}

static void set_add(unsigned char *set, int c)
{
	set[c >> 3] |= (unsigned char)(1 << (c & 7));
}

static int set_has(const unsigned char *set, int c)
{
	return set[c >> 3] >> (c & 7) & 1;
}

/* The set's last touches: both cases under REG_ICASE, the complement
 * for "[^", and no '\n' in a complement under REG_NEWLINE. */
static int set_finish(struct parser *ps, int i, int negate, int cflags)
{
	unsigned char *set = ps->sets[i];

	if (ps->icase)
		for (int c = 0; c < 256; c++)
			if (set_has(set, c)) {
				set_add(set, tolower(c));
				set_add(set, toupper(c));
			}
	if (negate) {
		for (int k = 0; k < 32; k++)
			set[k] = (unsigned char)~set[k];
		set[0] &= 0xfe;         /* never the NUL that ends the string */
		if (cflags & REG_NEWLINE)
			set['\n' >> 3] &= (unsigned char)~(1 << ('\n' & 7));
	}
	return node(ps, T_LEAF, RE_SET, i, 0, 0);
}

/* "[.c.]" or "[=c=]" at p (p[1] is '.' or '='): the one character c, and
 * p moves past it; -1 with the error set if it is not one character. */
static int collating(struct parser *ps, const char **pp)
{
	const char *p = *pp, *end = p + 2;
	int kind = p[1];

	while (*end && !(end[0] == kind && end[1] == ']'))
		end++;
	if (!*end)
		return fail(ps, REG_EBRACK);
	if (end - p != 3)
		return fail(ps, REG_ECOLLATE);
	*pp = end + 2;
	return (unsigned char)p[2];
}

static int bracket(struct parser *ps, int cflags)
{
	int i = new_set(ps), negate = 0;
	const char *p = ps->p;
	unsigned char *set;

	if (i < 0)
		return -1;
	set = ps->sets[i];
	if (*p == '^') {
		negate = 1;
		p++;
	}
	for (int first = 1; first || *p != ']'; first = 0) {
		int lo, hi;

		if (!*p)
			return fail(ps, REG_EBRACK);
		if (p[0] == '[' && p[1] == ':') {
			const char *end = p + 2;
			int cls;

			while (*end && !(end[0] == ':' && end[1] == ']'))
				end++;
			if (!*end)
				return fail(ps, REG_EBRACK);
			if (!(cls = __char_class(p + 2, (size_t)(end - p - 2))))
				return fail(ps, REG_ECTYPE);
			for (int c = 1; c < 256; c++)
				if (__in_char_class(cls, c))
					set_add(set, c);
			p = end + 2;
			if (p[0] == '-' && p[1] && p[1] != ']')
				return fail(ps, REG_ERANGE);    /* a class cannot start a range */
			continue;
		}
		if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
			if ((lo = collating(ps, &p)) < 0)
				return -1;
		} else {
			lo = (unsigned char)*p++;
		}
		hi = lo;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
				if ((hi = collating(ps, &p)) < 0)
					return -1;
			} else if (p[0] == '[' && p[1] == ':') {
				return fail(ps, REG_ERANGE);
			} else {
				hi = (unsigned char)*p++;
			}
			if (hi < lo)
				return fail(ps, REG_ERANGE);
		}
		for (int c = lo; c <= hi; c++)
			set_add(set, c);
	}
	ps->p = p + 1;
	return set_finish(ps, i, negate, cflags);
}

/* \w \W ([_[:alnum:]]) \s \S ([[:space:]]): a class, or its complement. */
static int class_set(struct parser *ps, const char *name, int underscore, int negate, int cflags)
{
	int i = new_set(ps), cls = __char_class(name, strlen(name));

	if (i < 0)
		return -1;
	for (int c = 1; c < 256; c++)
		if (__in_char_class(cls, c) || (c == '_' && underscore))
			set_add(ps->sets[i], c);
	return set_finish(ps, i, negate, cflags);
}

static int leaf(struct parser *ps, int op, int arg)
{
	return node(ps, T_LEAF, op, arg, 0, 0);
}

static int literal(struct parser *ps, int c)
{
	return leaf(ps, RE_CHAR, ps->icase ? tolower(c) : c);
}

/* After a '\\' (p on the character after it). */
static int escape(struct parser *ps, int cflags)
{
	int c = (unsigned char)*ps->p++;

	switch (c) {
	case 0:
		ps->p--;
		return fail(ps, REG_EESCAPE);
	case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
		if (!(ps->closed >> (c - '0') & 1))
			return fail(ps, REG_ESUBREG);
		return leaf(ps, RE_BACKREF, c - '0');
	case 'w': return class_set(ps, "alnum", 1, 0, cflags);
	case 'W': return class_set(ps, "alnum", 1, 1, cflags);
	case 's': return class_set(ps, "space", 0, 0, cflags);
	case 'S': return class_set(ps, "space", 0, 1, cflags);
	case 'b': return leaf(ps, RE_WORDB, 0);
	case 'B': return leaf(ps, RE_NWORDB, 0);
	case '<': return leaf(ps, RE_WBEG, 0);
	case '>': return leaf(ps, RE_WEND, 0);
	case '`': return leaf(ps, RE_BUFBEG, 0);
	case '\'': return leaf(ps, RE_BUFEND, 0);
	}
	return literal(ps, c);
}

static int number(const char **pp)
{
	const char *p = *pp;
	long n = 0;

	if (!isdigit((unsigned char)*p))
		return -1;
	while (isdigit((unsigned char)*p)) {
		if (n <= RE_DUP_MAX)
			n = n * 10 + (*p - '0');
		p++;
	}
	*pp = p;
	return n > RE_DUP_MAX ? RE_DUP_MAX + 1 : (int)n;
}

/* "{m}", "{m,}", "{m,n}" or "{,n}" (p just past the '{'). */
static int interval(struct parser *ps, int *min, int *max)
{
	const char *close = ps->ere ? strchr(ps->p, '}') : strstr(ps->p, "\\}");
	const char *p = ps->p;

	if (!close)
		return fail(ps, REG_EBRACE);
	*min = number(&p);
	*max = *min;
	if (*p == ',') {
		p++;
		*max = p == close ? -1 : number(&p);
		if (*min < 0)
			*min = 0;
	}
	if (p != close || *min < 0 || (*max < 0 && p[-1] != ','))
		return fail(ps, REG_BADBR);
	if (*min > RE_DUP_MAX || *max > RE_DUP_MAX)
		return fail(ps, REG_ESIZE);
	if (*max >= 0 && *min > *max)
		return fail(ps, REG_BADBR);
	ps->p = close + (ps->ere ? 1 : 2);
	return 0;
}

static int parse_alt(struct parser *ps, int depth, int cflags);

/* Whether a BRE's '$' at p ends its branch. */
static int bre_at_end(const char *p, int depth)
{
	return !p[1] || (p[1] == '\\' && (p[2] == '|' || (p[2] == ')' && depth)));
}

/* One atom and its repetitions; *start: 1 at the start of a branch, 2
 * right after an anchor there, 0 elsewhere. */
static int piece(struct parser *ps, int depth, int *start, int cflags)
{
	const char *p = ps->p;
	int c = (unsigned char)*p, atom, reps = 0;

	if (ps->ere && *start && (c == '*' || c == '+' || c == '?' || c == '{'))
		return fail(ps, REG_BADRPT);
	if (!ps->ere && *start && c == '\\' && p[1] == '{')
		return fail(ps, REG_BADRPT);
	ps->p++;
	if (c == '^' && (ps->ere || *start == 1)) {
		*start = 2;             /* nothing to repeat: "^*"; "^^" is "^\^" in a BRE */
		return leaf(ps, RE_BOL, 0);
	}
	if (ps->ere ? c == '(' : c == '\\' && *ps->p == '(') {
		int n = ++ps->nsub, inner;

		ps->p += !ps->ere;
		inner = parse_alt(ps, depth + 1, cflags);
		if (ps->err)
			return -1;
		if (ps->ere ? *ps->p != ')' : ps->p[0] != '\\' || ps->p[1] != ')')
			return fail(ps, REG_EPAREN);
		ps->p += ps->ere ? 1 : 2;
		if (n < 10)
			ps->closed |= 1 << n;
		atom = node(ps, T_GROUP, n, 0, inner, 0);
	} else if (c == '.') {
		atom = leaf(ps, RE_ANY, 0);
	} else if (c == '[') {
		atom = bracket(ps, cflags);
	} else if (c == '$' && ps->ere) {
		*start = 2;             /* nothing to repeat: "$*" */
		return leaf(ps, RE_EOL, 0);
	} else if (c == '$' && bre_at_end(p, depth)) {
		atom = leaf(ps, RE_EOL, 0);
	} else if (c == '\\') {
		atom = escape(ps, cflags);
	} else {
		atom = literal(ps, c);
	}
	*start = 0;
	for (;;) {
		int min, max;

		p = ps->p;
		if (ps->err)
			return -1;
		if (*p == '*') {
			min = 0;
			max = -1;
			ps->p++;
		} else if (ps->ere && *p == '+') {
			min = 1;
			max = -1;
			ps->p++;
		} else if (ps->ere && *p == '?') {
			min = 0;
			max = 1;
			ps->p++;
		} else if (!ps->ere && p[0] == '\\' && p[1] == '+') {
			min = 1;
			max = -1;
			ps->p += 2;
		} else if (!ps->ere && p[0] == '\\' && p[1] == '?') {
			min = 0;
			max = 1;
			ps->p += 2;
		} else if (ps->ere ? *p == '{' : p[0] == '\\' && p[1] == '{') {
			ps->p += ps->ere ? 1 : 2;
			if (interval(ps, &min, &max))
				return -1;
		} else {
			return atom;
		}
		/* In a BRE, '*' or "\{" after another repetition is an
		 * error (GNU's \+ and \? may follow one). */
		if (!ps->ere && reps++ && (*p == '*' || p[1] == '{'))
			return fail(ps, REG_BADRPT);
		atom = node(ps, T_REP, min, max, atom, 0);
	}
}

static int at_alt(struct parser *ps)
{
	return ps->ere ? *ps->p == '|' : ps->p[0] == '\\' && ps->p[1] == '|';
}

static int branch(struct parser *ps, int depth, int cflags)
{
	int seq = node(ps, T_EMPTY, 0, 0, 0, 0), start = 1;

	while (!ps->err && *ps->p && !at_alt(ps)) {
		if (ps->ere && *ps->p == ')' && depth)
			break;
		if (!ps->ere && ps->p[0] == '\\' && ps->p[1] == ')') {
			if (depth)
				break;
			return fail(ps, REG_EPAREN);
		}
		seq = node(ps, T_CAT, 0, 0, seq, piece(ps, depth, &start, cflags));
	}
	return seq;
}

/* A back-reference may name only a subexpression complete on its own
 * path: one of an earlier branch of the same alternation is not (glibc
 * says REG_ESUBREG). */
static int parse_alt(struct parser *ps, int depth, int cflags)
{
	int before = ps->closed, left = branch(ps, depth, cflags);

	while (!ps->err && at_alt(ps)) {
		int done = ps->closed;

		ps->p += ps->ere ? 1 : 2;
		ps->closed = before;
		left = node(ps, T_ALT, 0, 0, left, branch(ps, depth, cflags));
		ps->closed |= done;
	}
	return left;
}

static int emit(struct parser *ps, int op, int x, int y)
{
	if (ps->err)
		return 0;
	if (ps->len >= MAX_CODE || grow((void **)&ps->code, &ps->size, ps->len + 1, sizeof *ps->code)) {
		ps->err = REG_ESPACE;
		return 0;
	}
	ps->code[ps->len] = (struct re_inst){ op, x, y };
	return ps->len++;
}

static void gen(struct parser *ps, int n)
{
	struct node t = ps->nodes[n];
	int s, j, reg, chain = -1;

	if (ps->err)
		return;
	switch (t.type) {
	case T_LEAF:
		emit(ps, t.a, t.b, 0);
		break;
	case T_CAT:
		gen(ps, t.l);
		gen(ps, t.r);
		break;
	case T_ALT:
		s = emit(ps, RE_SPLIT, 0, 0);
		if (!ps->err) ps->code[s].x = ps->len;
		gen(ps, t.l);
		j = emit(ps, RE_JMP, 0, 0);
		if (!ps->err) ps->code[s].y = ps->len;
		gen(ps, t.r);
		if (!ps->err) ps->code[j].x = ps->len;
		break;
	case T_GROUP:
		emit(ps, RE_SAVE, 2 * t.a, 0);
		gen(ps, t.l);
		emit(ps, RE_SAVE, 2 * t.a + 1, 0);
		break;
	case T_REP:
		for (int i = 0; i < t.a; i++)
			gen(ps, t.l);
		if (t.b < 0) {
			int progress;

			reg = ps->first_loop_reg + 2 * ps->loops++;

			emit(ps, RE_LOOP, reg, t.a > 0);
			s = emit(ps, RE_SPLIT, 0, 0);
			if (!ps->err) ps->code[s].x = ps->len;
			emit(ps, RE_MARK, reg, 0);
			gen(ps, t.l);
			progress = emit(ps, RE_PROGRESS, reg, 0);
			emit(ps, RE_JMP, s, 0);
			if (!ps->err) ps->code[s].y = ps->code[progress].y = ps->len;
			break;
		}
		/* max - min optional copies, each one's SPLIT chained
		 * through y until the end is known.  Like a loop's rounds,
		 * an optional copy may match nothing only as the first. */
		reg = t.b > 1 ? ps->first_loop_reg + 2 * ps->loops++ : 0;
		for (int i = t.a; i < t.b; i++) {
			s = emit(ps, RE_SPLIT, 0, chain);
			if (ps->err)
				return;
			ps->code[s].x = ps->len;
			chain = s;
			if (i) {
				emit(ps, RE_MARK, reg, 0);
				gen(ps, t.l);
				emit(ps, RE_NONEMPTY, reg, 0);
			} else {
				gen(ps, t.l);
			}
		}
		while (!ps->err && chain >= 0) {
			s = ps->code[chain].y;
			ps->code[chain].y = ps->len;
			chain = s;
		}
		break;
	}
}

weak int regcomp(regex_t *restrict re, const char *restrict pattern, int cflags)
{
	struct parser ps = { .p = pattern, .ere = cflags & REG_EXTENDED, .icase = cflags & REG_ICASE };
	struct re_prog *prog = 0;
	int root = parse_alt(&ps, 0, cflags);

	ps.first_loop_reg = 2 * (ps.nsub + 1);
	if (!ps.err)
		gen(&ps, root);
	emit(&ps, RE_MATCH, 0, 0);
	if (!ps.err && !(prog = malloc(sizeof *prog)))
		ps.err = REG_ESPACE;
	free(ps.nodes);
	if (ps.err) {
		free(ps.code);
		free(ps.sets);
		return ps.err;
	}
	prog->code = ps.code;
	prog->sets = ps.sets;
	prog->nsub = ps.nsub;
	prog->nregs = ps.first_loop_reg + 2 * ps.loops;
	prog->loops = ps.loops;
	prog->backrefs = 0;
	for (int i = 0; i < ps.len; i++)
		prog->backrefs |= ps.code[i].op == RE_BACKREF;
	prog->cflags = cflags;
	re->re_nsub = (size_t)ps.nsub;
	re->__prog = prog;
	re->__cflags = cflags;
	return 0;
}

weak void regfree(regex_t *re)
{
	struct re_prog *prog = re->__prog;

	if (prog) {
		free(prog->code);
		free(prog->sets);
		free(prog);
	}
	re->__prog = 0;
}
