#!/bin/sh
# test/lib/configure-checks.sh CONFIG.LOG: the results of configure's
# checks, one line each, "checking for fork: yes", in order.  A check made
# twice gets a "#2" after its text.  The compiler's own name (the
# wrapper's path, CC=...) reads CC in a result, and the search for a
# compiler CC= made moot ("checking for aarch64-linux-gnu-gcc") is left
# out, so that two builds with different compilers compare line by line:
#
#   diff <(configure-checks.sh glibc/config.log) <(configure-checks.sh taskrt/config.log)
set -eu
cc=$(sed -n "s/^CC='\(.*\)'$/\1/p" "$1" | head -n 1)
awk -v cc="$cc" '
	function norm(s) {
		if (cc != "") {
			while ((i = index(s, cc)) > 0)
				s = substr(s, 1, i - 1) "CC" substr(s, i + length(cc))
		}
		return s
	}
	/^configure:[0-9]+: checking / {
		sub(/^configure:[0-9]+: checking /, ""); what = $0
		if (what ~ /^for ([A-Za-z0-9_.]+-)*(gcc|cc|clang)$/)
			what = ""
		next
	}
	/^configure:[0-9]+: result: / && what != "" {
		sub(/^configure:[0-9]+: result: /, "")
		n = ++seen[what]
		printf "checking %s%s: %s\n", norm(what), (n > 1 ? " #" n : ""), norm($0)
		what = ""
	}
' "$1"
