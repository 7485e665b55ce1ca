/* A compiled regular expression: a program for a backtracking machine
 * (libc/regex/regcomp.c writes it, regexec.c runs it).
 *
 *   CHAR c          the byte c (lower case under REG_ICASE, which folds both)
 *   ANY             any byte ('\n' excepted under REG_NEWLINE)
 *   SET i           a byte in sets[i]
 *   BOL, EOL, ...   assertions (^ $ \b \B \< \> \` \')
 *   SAVE k          reg[k] = position (2n, 2n + 1: subexpression n)
 *   SPLIT x, y      try x, then y
 *   JMP x
 *   LOOP s, f       an unbounded loop starts: reg[s + 1] = f (0: its first
 *                   round is the repetition's first, 1: copies came before)
 *   MARK s          reg[s] = position: a round of the loop's body starts
 *   PROGRESS s, x   after a round: if it matched nothing, go to x (leave
 *                   the loop) in the first round and fail in later ones,
 *                   which keeps "(a*)*" from looping for ever; else
 *                   reg[s + 1] = 1 and on to the next instruction
 *   NONEMPTY s      fail if nothing matched since MARK s (an optional copy
 *                   of "x{m,n}" after the first)
 *   BACKREF n       the text subexpression n matched, again
 *   MATCH           a match: keep it if better than the best so far
 */
#ifndef _TASKRT_INTERNAL_REGEX_H
#define _TASKRT_INTERNAL_REGEX_H

#include "defs.h"

enum {
	RE_CHAR, RE_ANY, RE_SET, RE_BOL, RE_EOL, RE_WORDB, RE_NWORDB, RE_WBEG,
	RE_WEND, RE_BUFBEG, RE_BUFEND, RE_SAVE, RE_SPLIT, RE_JMP, RE_LOOP, RE_MARK,
	RE_PROGRESS, RE_NONEMPTY, RE_BACKREF, RE_MATCH,
};

struct re_inst {
	int op, x, y;
};

struct re_prog {
	struct re_inst *code;
	unsigned char (*sets)[32];      /* bitmaps, bit c of byte c / 8 */
	int nsub;                       /* subexpressions */
	int nregs;                      /* 2 * (nsub + 1) + two per loop */
	int loops;                      /* loops (and x{m,n}): at reg 2 * (nsub + 1) */
	int backrefs;                   /* whether the program has a BACKREF */
	int cflags;
};

#endif
