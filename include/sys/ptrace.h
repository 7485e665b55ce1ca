/* <sys/ptrace.h>: process tracing.  The requests, options and events
 * (PTRACE_*) are the kernel's <linux/ptrace.h> and the arch's
 * <asm/ptrace.h>.  As in glibc, the PEEK requests return the word read
 * (with errno 0, since any word may be -1), and the rest of the
 * arguments are optional: ptrace(PTRACE_TRACEME) alone is fine. */
#ifndef _SYS_PTRACE_H
#define _SYS_PTRACE_H

#include <features.h>
#include <bits/types.h>
#include <bits/ptrace.h>

long ptrace(int request, ...);

#endif
