# shellcheck shell=sh
# shellcheck disable=SC2034 # root, triple and cc are for the caller
# . test/lib/scratch-install.sh; scratch_install ARCH COMPILER BUILD DIR:
# make install-all of one arch's build (ARCH's gcc or clang one, as the
# test row has it) into the fresh prefix DIR, quietly unless it fails.
# Sets root (DIR's tree of that arch), triple (its taskrt triple) and cc
# (the triple-named wrapper in DIR/bin).
scratch_install() {
	triple=$1-linux-taskrt
	root=$4/$triple
	cc=$4/bin/$triple-cc
	if [ "$2" = clang ]; then
		root=$root-clang cc=$4/bin/$triple-clang
	fi
	if ! make -s --no-print-directory install-all ARCHS="$1" CC="$2" BUILD="$3" PREFIX="$4" \
		> "$4.log" 2>&1; then
		cat "$4.log"; echo "FAIL: make install-all ARCHS=$1 CC=$2 PREFIX=$4"; exit 1
	fi
}
