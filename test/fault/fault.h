/* Fault injection from inside a program run by test/fault/launcher.c.
 *
 *   fault_present()            1 under the launcher (its prctl answers)
 *   fault_nth(nr, n, err)      the n-th call of system call nr from now
 *                              answers err (then the rule is spent)
 *   fault_every(nr, k, err)    every k-th call of nr answers err
 *   fault_every_cmd(nr, k, err, cmds)  the same, counting only calls whose
 *                              second argument's low 4 bits (a futex
 *                              command) are in the set cmds (1 << cmd)
 *   fault_off()                disarm all; how many faults fired since
 *                              the last fault_off
 *   snap_take(&s)              /proc/self/maps and /proc/self/fd, as text
 *   snap_same(&a, &b, what)    1 if equal, else prints the difference
 *
 * The launcher counts only system calls it was told to route (-n NAME);
 * the rest of the program runs unobserved.
 */
#ifndef TASKRT_TEST_FAULT_H
#define TASKRT_TEST_FAULT_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* 'FAUT': no prctl option of the kernel's, so without the launcher the
 * call is EINVAL. */
#define FAULT_MAGIC 0x46415554u
#define FAULT_PONG  0x600d
enum { FAULT_PING, FAULT_NTH, FAULT_EVERY, FAULT_OFF, FAULT_TOTAL };

/* A signal that comes before the supervisor took the request ends the
 * wait with EINTR, and the request was not seen: ask again. */
static __attribute__((unused)) long fault_ctl(long op, long nr, long n, long err)
{
	long r;

	while ((r = syscall(SYS_prctl, (long)FAULT_MAGIC, op, nr, n, err)) < 0 && errno == EINTR)
		;
	return r;
}

static __attribute__((unused)) int fault_present(void)
{
	return fault_ctl(FAULT_PING, 0, 0, 0) == FAULT_PONG;
}

static __attribute__((unused)) int fault_nth(long nr, long n, int err)
{
	return (int)fault_ctl(FAULT_NTH, nr, n, err);
}

static __attribute__((unused)) int fault_every(long nr, long k, int err)
{
	return (int)fault_ctl(FAULT_EVERY, nr, k, err);
}

static __attribute__((unused)) int fault_every_cmd(long nr, long k, int err, unsigned cmds)
{
	return (int)fault_ctl(FAULT_EVERY, nr, k, (long)(err | (unsigned long)cmds << 16));
}

static __attribute__((unused)) long fault_off(void)
{
	return fault_ctl(FAULT_OFF, 0, 0, 0);
}

/* A snapshot: the text of /proc/self/maps, and the names in /proc/self/fd
 * (less the descriptor reading it), in static buffers so that taking one
 * changes neither. */
#define SNAP_SIZE 65536
struct snap { char maps[SNAP_SIZE]; char fds[4096]; };

static __attribute__((unused)) void snap_take(struct snap *s)
{
	char buf[4096];
	long n, used = 0;
	int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);

	while (fd >= 0 && used < SNAP_SIZE - 1 && (n = read(fd, s->maps + used, SNAP_SIZE - 1 - used)) > 0)
		used += n;
	s->maps[used] = 0;
	if (fd >= 0)
		close(fd);
	used = 0;
	s->fds[0] = 0;
	fd = open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	while (fd >= 0 && (n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
		for (long off = 0; off < n; ) {
			unsigned short reclen;
			const char *name = buf + off + 19;             /* d_name */
			memcpy(&reclen, buf + off + 16, sizeof reclen); /* d_reclen */
			off += reclen;
			if (name[0] == '.' || atoi(name) == fd || used + 12 > (long)sizeof s->fds)
				continue;
			used += strlen(strcpy(s->fds + used, name));
			s->fds[used++] = ' ';
			s->fds[used] = 0;
		}
	if (fd >= 0)
		close(fd);
}

/* The first line of a that b lacks, printed. */
static __attribute__((unused)) void snap_diff_line(const char *a, const char *b, const char *label)
{
	for (const char *p = a; *p; ) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		int found = 0;
		for (const char *q = b; *q && !found; ) {
			const char *f = strchr(q, '\n');
			size_t l2 = f ? (size_t)(f - q) : strlen(q);
			found = l2 == len && !memcmp(p, q, len);
			q += l2 + (f != 0);
		}
		if (!found) {
			write(2, label, strlen(label));
			write(2, p, len);
			write(2, "\n", 1);
			return;
		}
		p += len + (e != 0);
	}
}

/* The bytes mapped per kind of mapping (permissions and file name, or
 * none), from a maps text.  Addresses are left out: the stack cache keeps
 * a bounded number of stacks, but not always the same ones, and the
 * kernel merges neighbouring anonymous mappings; a leak still changes a
 * kind's total. */
struct snap_kind { char key[72]; unsigned long bytes; };
static __attribute__((unused)) int snap_kinds(const char *maps, struct snap_kind *k, int max)
{
	int n = 0;

	for (const char *p = maps; *p; ) {
		const char *e = strchr(p, '\n'), *perm = strchr(p, ' '), *name;
		unsigned long lo = strtoul(p, 0, 16), hi = strtoul(strchr(p, '-') + 1, 0, 16);
		char key[72];
		int i, fields = 0;

		if (!e)
			e = p + strlen(p);
		/* the name: after perms, offset, device and inode */
		for (name = perm; name < e && fields < 5; name++)
			if (*name == ' ') {
				fields++;
				while (name + 1 < e && name[1] == ' ')
					name++;
			}
		snprintf(key, sizeof key, "%.4s %.*s", perm + 1, (int)(e - name), name);
		for (i = 0; i < n && strcmp(k[i].key, key); i++)
			;
		if (i == n && n < max) {
			strcpy(k[n].key, key);
			k[n++].bytes = 0;
		}
		if (i < n)
			k[i].bytes += hi - lo;
		p = *e ? e + 1 : e;
	}
	return n;
}

static __attribute__((unused)) int snap_same(const struct snap *before, const struct snap *after,
                                              const char *what)
{
	static struct snap_kind a[128], b[128];
	int na = snap_kinds(before->maps, a, 128), nb = snap_kinds(after->maps, b, 128), same = 1;
	char line[160];

	for (int i = 0; i < na || i < nb; i++) {
		/* each kind of one side, looked for in the other */
		for (int side = 0; side < 2; side++) {
			const struct snap_kind *x = side ? b : a, *y = side ? a : b;
			int nx = side ? nb : na, ny = side ? na : nb, j;
			if (i >= nx)
				continue;
			for (j = 0; j < ny && strcmp(x[i].key, y[j].key); j++)
				;
			if (j < ny && (side || x[i].bytes == y[j].bytes))
				continue;
			snprintf(line, sizeof line, "%s: /proc/self/maps: %s: %lu bytes before, %lu after\n",
			         what, x[i].key, side ? 0 : x[i].bytes, j < ny ? y[j].bytes : side ? x[i].bytes : 0);
			write(2, line, strlen(line));
			same = 0;
		}
	}
	if (!same) {
		snap_diff_line(after->maps, before->maps, "    new:  ");
		snap_diff_line(before->maps, after->maps, "    gone: ");
	}
	if (strcmp(before->fds, after->fds)) {
		write(2, what, strlen(what));
		write(2, ": /proc/self/fd changed: ", 25);
		write(2, before->fds, strlen(before->fds));
		write(2, "-> ", 3);
		write(2, after->fds, strlen(after->fds));
		write(2, "\n", 1);
		same = 0;
	}
	return same;
}

#endif
