#!/bin/sh
# test/system/fetch.sh DEB_ARCH SUITE PACKAGE CACHE: download Debian
# SUITE's binary package PACKAGE for DEB_ARCH (a meta package such as
# linux-image-arm64 is followed to the one it depends on), unpack it with
# dpkg-deb into CACHE/DEB_ARCH/PACKAGE/, and print that folder's path.
# Once fetched it stays there: a later call only prints the path.
#
# apt runs with a private configuration under CACHE/apt-SUITE-DEB_ARCH
# (its own sources list, package lists, an empty dpkg status and its own
# architecture), so the host's apt setup is neither needed nor touched,
# and nothing is installed into the host: a kernel of another
# architecture is only unpacked, never installed.
set -eu
arch=$1 suite=$2 pkg=$3
mkdir -p "$4"
cache=$(cd "$4" && pwd)
out=$cache/$arch/$pkg
if [ -f "$out/.done" ]; then echo "$out"; exit 0; fi
if ! command -v apt-get > /dev/null || ! command -v dpkg-deb > /dev/null; then
	echo "fetch.sh: needs apt-get and dpkg-deb (a Debian system) to fetch $pkg" >&2; exit 1
fi
apt=$cache/apt-$suite-$arch
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs"
touch "$apt/status"
echo "deb [arch=$arch] http://deb.debian.org/debian $suite main" > "$apt/sources.list"
opts="-o Dir::Etc::SourceList=$apt/sources.list -o Dir::Etc::SourceParts=/dev/null
      -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null
      -o Dir::State::Lists=$apt/lists -o Dir::State::status=$apt/status
      -o Dir::Cache=$apt/cache -o Debug::NoLocking=1 -o APT::Sandbox::User=root
      -o APT::Architecture=$arch -o APT::Architectures=$arch -qq"
# shellcheck disable=SC2086 # opts is a list of words
if ! ls "$apt/lists/"*Packages* > /dev/null 2>&1 && ! apt-get $opts update > "$apt/update.log" 2>&1; then
	cat "$apt/update.log" >&2
	echo "fetch.sh: apt-get update for $suite/$arch failed (no network?)" >&2; exit 1
fi
# A meta package (linux-image-arm64) depends on the versioned one that
# holds the kernel; follow it while the package is only such a name.
real=$pkg
while :; do
	# shellcheck disable=SC2086
	dep=$(apt-cache $opts show --no-all-versions "$real" 2>/dev/null |
		sed -n 's/^Depends: \(linux-image-[^ ,]*\).*/\1/p' | head -n 1)
	[ -n "$dep" ] || break
	real=$dep
done
rm -f "$apt/debs/"*.deb
# shellcheck disable=SC2086
(cd "$apt/debs" && apt-get $opts download "$real") > "$apt/download.log" 2>&1 || {
	cat "$apt/download.log" >&2; echo "fetch.sh: cannot download $real ($suite/$arch)" >&2; exit 1; }
rm -rf "$out.tmp"
mkdir -p "$out.tmp"
dpkg-deb -x "$apt/debs/"*.deb "$out.tmp"
rm -f "$apt/debs/"*.deb
echo "$real" > "$out.tmp/.package"
touch "$out.tmp/.done"
rm -rf "$out"
mv "$out.tmp" "$out"
echo "$out"
