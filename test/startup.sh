#!/bin/sh
# test skip libc: the system calls of a taskrt hello
# The system calls a hello world makes, counted with strace where the arch
# runs natively: at most one (setting the thread pointer) before its write,
# and nothing but exit_group after it.
#
#   test/startup.sh ARCH COMPILER BUILD
arch=$1 build=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ "$(uname -m)" = "$arch" ] || { echo "not native here: counted on x86_64 only"; exit 0; }
command -v strace >/dev/null || { echo "strace missing: apt-get install -y strace"; exit 1; }
"$build/bin/taskrt-cc" -Os test/hello.c -o "$tmp/hello" || exit 1
strace -o "$tmp/trace" "$tmp/hello" > /dev/null || exit 1
cat "$tmp/trace"
calls=$(grep -v '^execve\|^+++' "$tmp/trace" | sed 's/(.*//')
before=$(echo "$calls" | sed '/^write$/,$d' | grep -c .)
echo "system calls before the write: $before"
[ "$before" -le 1 ] && [ "$(echo "$calls" | tr '\n' ' ')" = "$(echo "$calls" | sed '/^write$/,$d' | tr '\n' ' ')write exit_group " ]
