# shellcheck shell=sh
# shellcheck disable=SC2154 # tmp is the caller's
# . test/lib/quietly.sh; quietly WHAT CMD...: run CMD with its output in
# $tmp/log; "ok: WHAT (N s)" when it succeeds, else its last 40 lines and
# "FAIL: WHAT", and the test exits 1.  The shell tests that drive a build
# system (cmake.sh, meson.sh, test/lib/autoconf-package.sh) use it.
quietly() {
	what=$1; shift
	start=$(date +%s)
	if ! "$@" > "$tmp/log" 2>&1; then
		tail -n 40 "$tmp/log"; echo "FAIL: $what"; exit 1
	fi
	echo "ok: $what ($(($(date +%s) - start)) s)"
}
