# shellcheck shell=sh
# shellcheck disable=SC2154 # src, arch and tmp are the caller's
# . test/lib/glibc-ref.sh; glibc_reference CC...: $tmp/glibc as
# `build_with glibc CC...` makes it, built once per arch and then kept in
# the Debian source cache beside $src: the glibc build is the same for an
# arch's gcc, clang and ubsan rows.  The caller defines build_with and
# sets $src, $arch and $tmp (test/zlib.sh, test/lua.sh).
glibc_reference() {
	ref=${src%/src/*}/glibc-$arch
	if [ ! -d "$ref" ]; then
		build_with glibc "$@" || return 1
		rm -rf "$ref.tmp" && cp -R "$tmp/glibc" "$ref.tmp" && mv "$ref.tmp" "$ref"
	fi
	rm -rf "$tmp/glibc" && cp -R "$ref" "$tmp/glibc"
}
