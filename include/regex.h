/* <regex.h>: POSIX regular expressions, basic and extended, with
 * glibc's constants, error codes and texts, and its GNU additions to the
 * syntax (\| \+ \? in basic ones; \w \W \s \S \b \B \< \> \` \').
 * Matching is leftmost-longest, and the subexpressions are those glibc
 * reports. */
#ifndef _REGEX_H
#define _REGEX_H

#include <features.h>
#include <bits/types.h>

typedef int regoff_t;

typedef struct {
	size_t re_nsub;         /* how many parenthesised subexpressions */
	void *__prog;           /* the compiled program (regcomp, regfree) */
	int __cflags;
} regex_t;

typedef struct {
	regoff_t rm_so;         /* start of the match, -1 if none */
	regoff_t rm_eo;         /* just past its end */
} regmatch_t;

/* regcomp's cflags */
#define REG_EXTENDED 1
#define REG_ICASE    (1 << 1)
#define REG_NEWLINE  (1 << 2)           /* '.', [^...] skip '\n'; ^ $ at lines */
#define REG_NOSUB    (1 << 3)           /* regexec reports no offsets */

/* regexec's eflags */
#define REG_NOTBOL   1                  /* the string's start is no line start */
#define REG_NOTEOL   (1 << 1)
#define REG_STARTEND (1 << 2)           /* match in [pmatch[0].rm_so, rm_eo) */

#define RE_DUP_MAX 0x7fff

enum {
	REG_ENOSYS = -1,
	REG_NOERROR = 0,
	REG_NOMATCH,
	REG_BADPAT,
	REG_ECOLLATE,
	REG_ECTYPE,
	REG_EESCAPE,
	REG_ESUBREG,
	REG_EBRACK,
	REG_EPAREN,
	REG_EBRACE,
	REG_BADBR,
	REG_ERANGE,
	REG_ESPACE,
	REG_BADRPT,
	REG_EEND,
	REG_ESIZE,
	REG_ERPAREN,
};

int regcomp(regex_t *restrict re, const char *restrict pattern, int cflags);
int regexec(const regex_t *restrict re, const char *restrict string, size_t nmatch,
            regmatch_t pmatch[restrict], int eflags);
size_t regerror(int error, const regex_t *restrict re, char *restrict buf, size_t size);
void regfree(regex_t *re);

#endif
