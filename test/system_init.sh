#!/bin/sh
# test system: the /init runner's self-test
# The system-mode /init (test/system/init.c) on a scratch initramfs of
# four programs: one passes, one fails (exit 1, with output), one hangs
# (killed after TEST_TIMEOUT=4 s: status 124, the note in its output),
# one fails after a system call answered ENOSYS (named by the ptrace
# probe).  The machine must still power off by itself, long
# before the boot's own time limit.
#
#   test/system_init.sh ARCH LABEL BUILD   (run by make check-system)
arch=$1 build=$3
dir=$build/system/selftest
rm -rf "$dir" && mkdir -p "$dir/bin"
cat > "$dir/pass.c" <<'C'
#include <unistd.h>
int main(void) { write(1, "fine\n", 5); return 0; }
C
cat > "$dir/fail.c" <<'C'
#include <unistd.h>
int main(void) { write(2, "about to fail\n", 14); return 1; }
C
cat > "$dir/hang.c" <<'C'
#include <unistd.h>
int main(void) { for (;;) pause(); }
C
cat > "$dir/nosys.c" <<'C'
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>
/* nfsservctl: gone since Linux 3.1, its slot in every arch's table a
 * sys_ni_syscall (ENOSYS).  A number past the table would do on most
 * arches, but MIPS answers those before the tracer sees the call.  The
 * program fails (returns 1) as a test meeting ENOSYS would. */
int main(void) { return syscall(SYS_nfsservctl, 0, 0, 0) == -1 && errno == ENOSYS; }
C
for t in pass fail hang nosys; do
	"$build/bin/taskrt-cc" -O2 "$dir/$t.c" -o "$dir/bin/$t" || exit 1
done
printf '1 pass\n2 fail\n3 hang\n4 nosys\n' > "$dir/LIST"
sh test/system/image.sh "$arch" "$build" "$dir/image.cpio" "$dir/LIST" "$dir/bin" || exit 1
start=$(date +%s)
SYSTEM_TIMEOUT=180 sh test/system/boot.sh "$arch" "$dir/image.cpio" "$dir/console.log" \
	TEST_TIMEOUT=4 TEST_JOBS=2 || exit 1
took=$(( $(date +%s) - start ))
log=$(tr -d '\r' < "$dir/console.log")
bad=0
expect() {  # expect PATTERN WHAT
	if ! echo "$log" | grep -q "$1"; then echo "missing: $2 ($1)"; bad=1; fi
}
expect '^@@ END 1 0 pass ' "a passing test, status 0"
expect '^@@| 1 fine$' "its output"
expect '^@@ END 2 1 fail ' "a failing test, status 1"
expect '^@@| 2 about to fail$' "its output"
expect '^@@ END 3 124 hang ' "a hanging test, status 124 (timeout)"
expect '^@@| 3 taskrt-init: timed out after 4 s$' "the timeout's note"
expect '^@@ ENOSYS 4 nfsservctl$' "the call that answered ENOSYS"
expect '^@@ END 4 1 nosys ' "and its failure"
expect '^@@ DONE 4$' "the end of the run"
if [ "$took" -ge 180 ]; then echo "the machine did not power off (killed after $took s)"; bad=1; fi
[ "$bad" = 0 ] || { echo "console:"; echo "$log" | tail -n 40; exit 1; }
echo "pass, fail, timeout and ENOSYS reported; powered off after $took s"
