#!/bin/sh
# test/lib/qemu-wrap.sh DIR QEMU: make the foreign programs built in DIR
# runnable by the tests of the package's `make check`, which exec them by
# name: each ELF executable under DIR moves to .NAME.elf beside it, and a
# two-line script NAME runs it under QEMU.  The script is newer than the
# objects the program was linked from, so make sees it up to date.
# (binfmt_misc would do this machine-wide; CI's machines are not ours to
# configure.)
set -eu
dir=$1 qemu=$2
command -v "$qemu" > /dev/null || { echo "qemu-wrap: $qemu is missing: apt-get install -y qemu-user" >&2; exit 1; }
find "$dir" -type f -perm -u+x ! -name '.*.elf' | while read -r f; do
	[ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
	elf=$(dirname "$f")/.$(basename "$f").elf
	mv "$f" "$elf"
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$qemu" "$(cd "$(dirname "$elf")" && pwd)/${elf##*/}" > "$f"
	chmod +x "$f"
done
