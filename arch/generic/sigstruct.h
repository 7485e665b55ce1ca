/* The two signal structures whose field order is the arch's, the layout
 * most arches share (asm-generic): siginfo_t's three leading ints and
 * stack_t.  Copied into <bits/sigstruct.h> by include/generate.sh, which
 * <signal.h> includes; an arch whose kernel orders them otherwise (MIPS:
 * si_code before si_errno, ss_size before ss_flags) has its own. */
#define __SIGINFO_HEAD int si_signo, si_errno, si_code

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;
