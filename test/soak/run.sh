#!/bin/sh
# make soak: the long runs of test/soak/*.c (not in CI), each built with
# taskrt-cc as the tests are and run once, natively where the arch runs
# natively, else under qemu-user with the counts scaled down.
#
#   test/soak/run.sh ARCH BUILD EMULATOR|none
#
# SOAK_SCALE multiplies every count (default 1 natively, 0.05 under
# qemu); S=name,name picks programs.  One line per program:
#   PASS  aarch64 qemu  pipeline  count=500000 seconds=41.20
arch=$1 build=$2 emulator=$3
[ "$emulator" = none ] && emulator=""
where=native
[ -n "$emulator" ] && where=qemu
[ -n "$SOAK_SCALE" ] || { SOAK_SCALE=1; [ -n "$emulator" ] && SOAK_SCALE=0.05; }
export SOAK_SCALE
mkdir -p "$build/soak"
fail=0
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
	if [ -n "$emulator" ] && [ "$n" = create_join ]; then
		scale=$(awk "BEGIN { print $SOAK_SCALE / 10 }")
	fi
	# $emulator is empty (native) or one word, the qemu binary.
	# shellcheck disable=SC2086
	SOAK_SCALE=$scale timeout "${SOAK_TIMEOUT:-1800}" $emulator "$build/soak/$n" > "$build/soak/$n.out" 2>&1
	status=$?
	figures=$(sed -n 's/^SOAK //p' "$build/soak/$n.out" | tr '\n' ' ')
	if [ $status = 0 ]; then
		echo "PASS  $arch $where  $n  $figures(scale $scale)"
	else
		echo "FAIL  $arch $where  $n  exit status $status"
		sed 's/^/    | /' "$build/soak/$n.out" | tail -n 20
		fail=$((fail + 1))
	fi
done
[ $fail = 0 ]
