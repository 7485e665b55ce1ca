#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <bits/types.h>
#include <bits/wait.h>      /* WNOHANG, WEXITED, P_*: from <linux/wait.h> */
#include <signal.h>

typedef int idtype_t;      /* P_ALL, P_PID, P_PGID, P_PIDFD */

/* The status word: exit code in bits 8..15, or the signal in 0..6 (bit 7:
 * core dumped), or 0x7f in the low byte for a stopped child. */
#define WEXITSTATUS(s)  (((s) >> 8) & 0xff)
#define WTERMSIG(s)     ((s) & 0x7f)
#define WSTOPSIG(s)     WEXITSTATUS(s)
#define WCOREDUMP(s)    ((s) & 0x80)
#define WIFEXITED(s)    (WTERMSIG(s) == 0)
#define WIFSIGNALED(s)  (((s) & 0xffff) - 1U < 0xffu)
#define WIFSTOPPED(s)   (((s) & 0xff) == 0x7f && ((s) >> 8 & 0xff) != 0)
#define WIFCONTINUED(s) ((s) == 0xffff)

struct rusage;

pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage);
pid_t wait3(int *status, int options, struct rusage *usage);
int waitid(idtype_t type, id_t id, siginfo_t *info, int options);

#endif
