#!/bin/sh
# test skip libc: taskrt's own probe byte (arch/x86_64/avx2.S)
# The x86_64 string functions' probe answers 1 (SSE2) or 2 (AVX2), and
# the same as the CPU: run under qemu-x86_64 as a CPU without AVX
# (qemu64), as one with AVX2 (Haswell), and natively (what /proc/cpuinfo
# says).  cpuid writes ebx, so an answer kept in bl across it comes out
# as whatever the CPU put there: 0 (unprobed, so the probe runs again on
# every call, or forever) or an AVX2 "yes" on a CPU without it.
#
#   test/x86_avx2_probe.sh ARCH COMPILER BUILD
arch=$1 build=$3
if [ "$arch" != x86_64 ]; then
	echo "SKIP: the probe is x86_64's (arch/x86_64/avx2.S)"
	exit 77
fi
if ! command -v qemu-x86_64 > /dev/null; then
	echo "FAIL: no qemu-x86_64: apt-get install qemu-user"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/probe.c" <<'C'
#include <stdio.h>
#include <string.h>
extern unsigned char __x86_avx2;
int main(void)
{
	size_t (*volatile len)(const char *) = strlen;   /* probes on first use */
	int n = (int)len("probe me");

	printf("%d %d\n", n, __x86_avx2);
	return 0;
}
C
"$build/bin/taskrt-cc" -O2 "$tmp/probe.c" -o "$tmp/probe" || exit 1
status=0
expect() {
	# qemu warns on stderr of the CPU features TCG lacks: kept apart
	# (and a probe that never stores an answer probes forever: 30 s)
	got=$(timeout 30 "$@" 2> "$tmp/err")
	if [ "$got" = "8 $want" ]; then
		echo "ok: $want from $*"
	else
		echo "FAIL: $* printed '$got', not '8 $want'"
		cat "$tmp/err"
		status=1
	fi
}
want=1 expect qemu-x86_64 -cpu qemu64 "$tmp/probe"
want=2 expect qemu-x86_64 -cpu Haswell "$tmp/probe"
if grep -qw avx2 /proc/cpuinfo; then want=2; else want=1; fi
expect "$tmp/probe"
exit $status
