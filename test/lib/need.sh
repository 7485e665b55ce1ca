# shellcheck shell=sh
# . test/lib/need.sh; need TOOL PACKAGE: a shell test's check for a tool it
# cannot run without.  A missing one is a failure (not a skip), with the
# line that installs it: CI installs them all with `make deps`.
need() {
	command -v "$1" > /dev/null 2>&1 && return 0
	echo "FAIL: $1 is missing; run:  apt-get install -y $2   (or make deps)"
	exit 1
}
