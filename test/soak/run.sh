#!/bin/sh
# make soak: the long runs of test/soak/*.c (not in CI), each built with
# taskrt-cc as the tests are and run once, natively where the arch runs
# natively, else under qemu-user with the counts scaled down, or (make
# soak MODE=system) on the arch's real kernel under qemu-system.
#
#   test/soak/run.sh ARCH BUILD EMULATOR|none|system
#
# SOAK_SCALE multiplies every count (default 1 natively, 0.05 under
# qemu-user and in system mode); S=name,name picks programs.  One line
# per program:
#   PASS  aarch64 qemu  pipeline  count=500000 seconds=41.20
#
# System mode: each program becomes a /bin/sh script /tests/NAME that
# sets SOAK_SCALE (/init gives its tests a fixed environment) and execs
# /soak/NAME; one boot of the arch's kernel (test/system/) runs them one
# at a time under taskrt's /init, each within SOAK_TIMEOUT, and the
# verdicts and figures are read back from the console.
arch=$1 build=$2 emulator=$3
[ "$emulator" = none ] && emulator=""
where=native
[ -n "$emulator" ] && where=qemu
[ "$emulator" = system ] && where=system emulator=""
[ -n "$SOAK_SCALE" ] || { SOAK_SCALE=1; [ "$where" != native ] && SOAK_SCALE=0.05; }
export SOAK_SCALE
mkdir -p "$build/soak"
jobs=$(mktemp -d)
trap 'rm -rf "$jobs"' EXIT
fail=0 i=0

# verdict NAME STATUS SCALE: the line for one program, its output in
# $build/soak/NAME.out
verdict() {
	figures=$(sed -n 's/^SOAK //p' "$build/soak/$1.out" | tr '\n' ' ')
	if [ "$2" = 0 ]; then
		echo "PASS  $arch $where  $1  $figures(scale $3)"
	else
		echo "FAIL  $arch $where  $1  exit status $2"
		sed 's/^/    | /' "$build/soak/$1.out" | tail -n 20
		fail=$((fail + 1))
	fi
}

for f in test/soak/*.c; do
	n=${f##*/}; n=${n%.c}
	if [ -n "$S" ]; then
		case ",$S," in *",$n,"*) ;; *) continue ;; esac
	fi
	"$build/bin/taskrt-cc" -std=gnu11 -D_GNU_SOURCE= -O2 -Wall -Wextra -Werror -fstack-protector-all \
		"$f" -o "$build/soak/$n" || { echo "FAIL  $arch $where  $n (build)"; fail=$((fail + 1)); continue; }
	# qemu-user keeps some memory of every thread that ever ran (9 GiB
	# after some 10^5 threads of create_join, qemu 7.2): a tenth of the
	# scale there
	scale=$SOAK_SCALE
	if [ "$where" = qemu ] && [ "$n" = create_join ]; then
		scale=$(awk "BEGIN { print $SOAK_SCALE / 10 }")
	fi
	if [ "$where" = system ]; then
		i=$((i + 1))
		printf '#!/bin/sh\nSOAK_SCALE=%s exec /soak/%s\n' "$scale" "$n" > "$jobs/$n"
		chmod +x "$jobs/$n"
		echo "$jobs $i system $jobs/$n none $scale" >> "$jobs/list"
		continue
	fi
	# $emulator is empty (native) or one word, the qemu binary.
	# shellcheck disable=SC2086
	SOAK_SCALE=$scale timeout -k 10 "${SOAK_TIMEOUT:-1800}" $emulator "$build/soak/$n" > "$build/soak/$n.out" 2>&1
	verdict "$n" $? "$scale"
done

if [ "$where" = system ] && [ -s "$jobs/list" ]; then
	# one at a time, so that each program's seconds are its own; the
	# machine may take every program's SOAK_TIMEOUT and a boot
	limit=${SOAK_TIMEOUT:-1800}
	{ echo "dir /soak 0755"
	  while read -r _ _ _ script _; do
		echo "file /soak/${script##*/} 0755 $build/soak/${script##*/}"
	  done < "$jobs/list"; } > "$jobs/extra"
	TEST_TIMEOUT=$limit TEST_JOBS=1 SYSTEM_TIMEOUT=$((i * limit + 300)) \
	SYSTEM_TESTDIR=$jobs SYSTEM_EXTRA=$jobs/extra SYSTEM_IMAGE=$build/system/soak.cpio \
	SYSTEM_ARGS="TEST_ENOSYS=0 ${SYSTEM_ARGS:-}" \
		sh test/system/run.sh "$arch" "$build" "$jobs" || exit 2
	while read -r _ j _ script _ scale; do
		n=${script##*/}
		cp "$jobs/$j.out" "$build/soak/$n.out" 2>/dev/null || : > "$build/soak/$n.out"
		verdict "$n" "$(cat "$jobs/$j.status" 2>/dev/null || echo missing)" "$scale"
	done < "$jobs/list"
	echo "$arch $where: the boot took $(cat "$build/system/seconds") s (console: $build/system/soak.log)"
fi
[ $fail = 0 ]
