#!/bin/sh
# test/lib/debian-source.sh PACKAGE CACHE: fetch Debian bookworm's source
# package PACKAGE into CACHE (once: a later call finds it there), unpack
# its upstream tarball, and print the unpacked folder's path.
#
# Third-party sources are never part of taskrt's repository: the tests
# that build them (test/zlib.sh, test/lua.sh, ...) get them here, at test
# time.  apt runs with a private configuration under CACHE/apt (its own
# deb-src list, package lists and cache), so the machine's apt setup is
# neither needed nor touched; only apt-get and network access are.
set -eu
pkg=$1
mkdir -p "$2"
cache=$(cd "$2" && pwd)
apt=$cache/apt
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$cache/$pkg"
# Tests run two at a time: one fetch, update or unpack at a time per cache
# (they share the package lists), held until this script exits.
exec 9> "$cache/.lock"
flock 9
if ! command -v apt-get > /dev/null; then
	echo "debian-source: needs apt-get (a Debian system) to fetch $pkg" >&2; exit 1
fi
[ -f "$apt/sources.list" ] ||
	echo 'deb-src http://deb.debian.org/debian bookworm main' > "$apt/sources.list"
opts="-o Dir::Etc::SourceList=$apt/sources.list -o Dir::Etc::SourceParts=/dev/null
      -o Dir::State::Lists=$apt/lists -o Dir::Cache=$apt/cache -o Debug::NoLocking=1
      -o APT::Sandbox::User=root -qq"
if ! ls "$cache/$pkg"/*.orig.tar.* > /dev/null 2>&1; then
	# shellcheck disable=SC2086 # opts is a list of words
	if ! ls "$apt/lists/"*Sources* > /dev/null 2>&1 && ! apt-get $opts update > "$apt/update.log" 2>&1; then
		cat "$apt/update.log" >&2
		echo "debian-source: apt-get update failed (no network?)" >&2; exit 1
	fi
	# shellcheck disable=SC2086
	(cd "$cache/$pkg" && apt-get $opts source --download-only "$pkg") > "$apt/$pkg.log" 2>&1 ||
		{ cat "$apt/$pkg.log" >&2; echo "debian-source: cannot fetch $pkg" >&2; exit 1; }
fi
tarball=$(find "$cache/$pkg" -maxdepth 1 -name "*.orig.tar.*" | head -n 1)
dir=$cache/$pkg/src
if [ ! -d "$dir" ]; then
	mkdir -p "$dir.tmp"
	tar -xf "$tarball" -C "$dir.tmp"
	mv "$dir.tmp" "$dir"
fi
# the one folder the tarball holds
find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n 1
