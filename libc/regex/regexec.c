/* regexec: run regcomp's program (internal/regex.h) by backtracking.
 *
 * From each start position in turn, the machine follows every path
 * through the program: a SPLIT pushes its second branch, a SAVE or MARK
 * pushes the register's old value, and a failure pops back to the
 * latest branch, undoing the registers on the way.  Every MATCH is
 * weighed against the best so far: the longer wins (POSIX's leftmost-
 * longest), and between two of one length the subexpressions decide,
 * each in turn from the first: one that took part beats one that did
 * not, then the earlier start, then the longer.  The first start
 * position with a match is the answer.  The stack lives on the heap and
 * is bounded (REG_ESPACE beyond).
 *
 * Paths meet again and again ("(a*)*b", "(.*)(.*)x"), so once a search
 * has run a while, a SPLIT whose every continuation was explored without
 * a better match is remembered as dead, and the next arrival there
 * fails at once.  That is sound when nothing but the position decides
 * what can follow: no back-references (which read the captures), and the
 * loops' registers folded into the key as the two facts PROGRESS reads
 * (has this round matched anything; is it the first).  The memory is a
 * fixed table that forgets on collision. */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "internal/regex.h"

#define MAX_STACK (1 << 22)     /* entries: 80 MiB at most */
#define MEMO_AFTER 4096         /* steps before the dead states are kept */
#define MEMO_SIZE 4096          /* dead states kept (a power of two) */
#define MEMO_LOOPS 16           /* the key holds two bits a loop */

enum { BRANCH, RESTORE, EXPLORED };

struct entry {
	int kind, pc, pos;      /* RESTORE: reg[pc] = pos */
	unsigned loops, found;  /* EXPLORED: the key's loop bits, matches so far */
};

struct state {
	int pc, pos;
	unsigned loops;
};

struct vm {
	const struct re_prog *prog;
	const unsigned char *s;
	int start, end, eflags; /* the search starts at start; the string is [0, end) */
	int *reg, *best;
	unsigned found;         /* how many times the best match improved */
	struct entry *stack;
	int depth, size;
	long steps;
	struct state *memo;     /* NULL until MEMO_AFTER steps, if sound */
};

static int push(struct vm *m, int kind, int pc, int pos, unsigned loops)
{
	if (m->depth == m->size) {
		int size = m->size ? 2 * m->size : 256;
		struct entry *more;

		if (size > MAX_STACK || !(more = realloc(m->stack, (size_t)size * sizeof *more)))
			return -1;
		m->stack = more;
		m->size = size;
	}
	m->stack[m->depth++] = (struct entry){ kind, pc, pos, loops, m->found };
	return 0;
}

/* Per loop: whether its round so far matched nothing, and its flag. */
static unsigned loop_bits(struct vm *m, int pos)
{
	const int *r = m->reg + 2 * (m->prog->nsub + 1);
	unsigned bits = 0;

	for (int i = 0; i < m->prog->loops; i++)
		bits |= (unsigned)((r[2 * i] == pos) | (r[2 * i + 1] > 0) << 1) << 2 * i;
	return bits;
}

static struct state *memo_slot(struct vm *m, int pc, int pos, unsigned loops)
{
	unsigned h = (unsigned)pc * 0x9e3779b1u ^ (unsigned)pos * 0x85ebca6bu ^ loops * 0xc2b2ae35u;

	return &m->memo[(h ^ h >> 15) & (MEMO_SIZE - 1)];
}

static int is_word(struct vm *m, int pos)
{
	int c;

	if (pos < 0 || pos >= m->end)
		return 0;
	c = m->s[pos];
	return isalnum(c) || c == '_';
}

static int fold(struct vm *m, int c)
{
	return m->prog->cflags & REG_ICASE ? tolower(c) : c;
}

/* Every path from pos; 0, or -1 when the stack would pass its bound. */
static int run(struct vm *m, int pos)
{
	const struct re_inst *code = m->prog->code;
	int newline = m->prog->cflags & REG_NEWLINE, pc = 0;

	for (int i = 0; i < m->prog->nregs; i++)
		m->reg[i] = -1;
	m->reg[0] = pos;
	m->depth = 0;
	for (;;) {
		const struct re_inst *in = &code[pc];
		int ok = 1, c = pos < m->end ? m->s[pos] : -1;

		if (++m->steps == MEMO_AFTER && !m->prog->backrefs && m->prog->loops <= MEMO_LOOPS
		    && (m->memo = malloc(MEMO_SIZE * sizeof *m->memo)))
			for (int i = 0; i < MEMO_SIZE; i++)
				m->memo[i].pc = -1;

		switch (in->op) {
		case RE_CHAR:
			ok = c >= 0 && fold(m, c) == in->x;
			pos++;
			pc++;
			break;
		case RE_ANY:
			ok = c >= 0 && !(newline && c == '\n');
			pos++;
			pc++;
			break;
		case RE_SET:
			ok = c >= 0 && (m->prog->sets[in->x][c >> 3] >> (c & 7) & 1);
			pos++;
			pc++;
			break;
		case RE_BOL:
			ok = (pos == 0 && !(m->eflags & REG_NOTBOL))
			     || (newline && pos > 0 && m->s[pos - 1] == '\n');
			pc++;
			break;
		case RE_EOL:
			ok = (pos == m->end && !(m->eflags & REG_NOTEOL)) || (newline && c == '\n');
			pc++;
			break;
		case RE_WORDB: ok = is_word(m, pos - 1) != is_word(m, pos); pc++; break;
		case RE_NWORDB: ok = is_word(m, pos - 1) == is_word(m, pos); pc++; break;
		case RE_WBEG: ok = !is_word(m, pos - 1) && is_word(m, pos); pc++; break;
		case RE_WEND: ok = is_word(m, pos - 1) && !is_word(m, pos); pc++; break;
		case RE_BUFBEG: ok = pos == 0; pc++; break;
		case RE_BUFEND: ok = pos == m->end; pc++; break;
		case RE_LOOP:
			if (push(m, RESTORE, in->x + 1, m->reg[in->x + 1], 0))
				return -1;
			m->reg[in->x + 1] = in->y;
			pc++;
			break;
		case RE_NONEMPTY:
			ok = m->reg[in->x] != pos;
			pc++;
			break;
		case RE_SAVE:
		case RE_MARK:
			if (push(m, RESTORE, in->x, m->reg[in->x], 0))
				return -1;
			m->reg[in->x] = pos;
			pc++;
			break;
		case RE_SPLIT:
			if (m->memo) {
				unsigned loops = loop_bits(m, pos);
				struct state *st = memo_slot(m, pc, pos, loops);

				if (st->pc == pc && st->pos == pos && st->loops == loops) {
					ok = 0;         /* explored before, in vain */
					break;
				}
				if (push(m, EXPLORED, pc, pos, loops))
					return -1;
			}
			if (push(m, BRANCH, in->y, pos, 0))
				return -1;
			pc = in->x;
			break;
		case RE_JMP:
			pc = in->x;
			break;
		case RE_PROGRESS:
			if (m->reg[in->x] == pos) {
				ok = !m->reg[in->x + 1];        /* empty: first round only */
				pc = in->y;
				break;
			}
			if (!m->reg[in->x + 1]) {
				if (push(m, RESTORE, in->x + 1, 0, 0))
					return -1;
				m->reg[in->x + 1] = 1;
			}
			pc++;
			break;
		case RE_BACKREF: {
			int so = m->reg[2 * in->x], eo = m->reg[2 * in->x + 1];

			ok = so >= 0 && eo >= so && eo - so <= m->end - pos;
			for (int i = 0; ok && i < eo - so; i++)
				ok = fold(m, m->s[so + i]) == fold(m, m->s[pos + i]);
			pos += eo - so;
			pc++;
			break;
		}
		case RE_MATCH:
			m->reg[1] = pos;
			if (!m->found || pos > m->best[1]) {
				memcpy(m->best, m->reg, (size_t)(2 * (m->prog->nsub + 1)) * sizeof *m->reg);
				m->found++;
			}
			ok = 0;
			break;
		}
		if (ok)
			continue;
		/* Back to the latest branch, undoing registers and noting
		 * the SPLITs whose paths are all explored. */
		for (;;) {
			struct entry e;

			if (!m->depth)
				return 0;
			e = m->stack[--m->depth];
			if (e.kind == BRANCH) {
				pc = e.pc;
				pos = e.pos;
				break;
			}
			if (e.kind == RESTORE)
				m->reg[e.pc] = e.pos;
			else if (e.found == m->found)
				*memo_slot(m, e.pc, e.pos, e.loops) = (struct state){ e.pc, e.pos, e.loops };
		}
	}
}

weak int regexec(const regex_t *restrict re, const char *restrict string, size_t nmatch,
            regmatch_t pmatch[restrict], int eflags)
{
	const struct re_prog *prog = re->__prog;
	struct vm m = { prog, (const unsigned char *)string, 0, 0, eflags, 0, 0, 0, 0, 0, 0, 0, 0 };
	int r = REG_NOMATCH, bol_only;

	if (eflags & REG_STARTEND) {
		m.start = pmatch[0].rm_so;
		m.end = pmatch[0].rm_eo;
	} else {
		size_t len = strlen(string);

		if (len > 0x7fffffff)
			return REG_ESPACE;      /* regoff_t is an int */
		m.end = (int)len;
	}
	if (prog->cflags & REG_NOSUB)
		nmatch = 0;
	if (!(m.reg = malloc(2 * (size_t)prog->nregs * sizeof *m.reg)))
		return REG_ESPACE;
	m.best = m.reg + prog->nregs;
	/* A program that starts with '^' (outside REG_NEWLINE) can only
	 * match at the start. */
	bol_only = prog->code[0].op == RE_BOL && !(prog->cflags & REG_NEWLINE);
	for (int start = m.start; start <= m.end; start++) {
		if (run(&m, start) < 0) {
			r = REG_ESPACE;
			break;
		}
		if (m.found) {
			r = 0;
			break;
		}
		if (bol_only)
			break;
	}
	for (size_t i = 0; i < nmatch; i++) {
		int set = !r && i <= (size_t)prog->nsub && m.best[2 * i] >= 0 && m.best[2 * i + 1] >= 0;

		if (r)
			break;
		pmatch[i].rm_so = set ? m.best[2 * i] : -1;
		pmatch[i].rm_eo = set ? m.best[2 * i + 1] : -1;
	}
	free(m.memo);
	free(m.stack);
	free(m.reg);
	return r;
}
