#!/bin/sh
# The code listings in docs/*.md are the code: every fenced block says
# what it is on the line just above its opening fence, and the test holds
# each quoted file to its listing.
#
#   <!-- listing: arch/x86_64/clone.S -->   a quote of that file: checked
#   <!-- unchecked: why -->                 anything else (a drawing, the
#                                           kernel's source, qemu output)
#
# A listing passes when its lines, whitespace-normalised (runs of blanks
# are one space, none at either end) and blank lines dropped, appear in
# the file in the same order and without gaps.  A line that is just `...`
# marks a gap: the lines on either side of it must each be consecutive in
# the file, and in that order, with anything in between.
#
# Last, the test edits one line of the first listing in a copy of a page
# and makes sure the check then fails: a check that cannot fail proves
# nothing.
#
#   test/docs.sh [ARCH COMPILER BUILD]   (the arguments are ignored)
cd "$(dirname "$0")/.." || exit 1

# check_page PAGE: report every listing of PAGE that its file disagrees
# with, and every fence without a marker; exit status 1 if there was one.
# The count of checked listings goes to stdout as "checked N".
check_page() {
	awk -v page="$1" '
	function norm(s) { gsub(/[ \t]+/, " ", s); sub(/^ /, "", s); sub(/ $/, "", s); return s }
	function fail(msg) { printf "%s:%d: %s\n", page, start, msg; bad = 1 }
	# Read FILE into src[1..nsrc], normalised, blank lines dropped.
	function load(file,    line, r) {
		nsrc = 0
		while ((r = (getline line < file)) > 0)
			if ((line = norm(line)) != "")
				src[++nsrc] = line
		close(file)
		return r == 0 && nsrc > 0
	}
	# Does chunk[1..n] sit at src[i..i+n-1]?
	function at(i, n,    k) {
		for (k = 1; k <= n; k++)
			if (src[i + k - 1] != chunk[k])
				return 0
		return 1
	}
	# Find chunk[1..n] at or after src[pos]; the position after it, or 0
	# with `missing` set to the chunk line that the longest partial match
	# stops at.
	function find(pos, n,    i, k, best) {
		for (i = pos; i + n - 1 <= nsrc; i++)
			if (at(i, n))
				return i + n
		best = 0
		for (i = pos; i <= nsrc; i++) {
			for (k = 0; k < n && i + k <= nsrc && src[i + k] == chunk[k + 1]; k++)
				;
			if (k > best)
				best = k
		}
		missing = chunk[best + 1]
		return 0
	}
	function check(    i, n, pos) {
		checked++
		if (!load(file)) { fail("listing of " file ": no such file"); return }
		pos = 1; n = 0
		for (i = 1; i <= nlines; i++) {
			if (lines[i] != "...") { chunk[++n] = lines[i]; continue }
			if (n && !(pos = find(pos, n))) break
			n = 0
		}
		if (pos && n)
			pos = find(pos, n)
		if (!pos)
			fail("listing of " file " differs from it at: " missing)
	}
	/^```/ && !infence {
		infence = 1; start = NR; nlines = 0
		if (prev ~ /^<!-- listing: [^ ]+ -->$/) {
			file = prev; sub(/^<!-- listing: /, "", file); sub(/ -->$/, "", file)
		} else if (prev ~ /^<!-- unchecked: .* -->$/) {
			file = ""
		} else
			fail("a fence without <!-- listing: FILE --> or <!-- unchecked: why --> above it")
		next
	}
	/^```/ && infence {
		infence = 0
		if (file != "" && nlines == 0) fail("an empty listing of " file)
		else if (file != "") check()
		file = prev = ""
		next
	}
	infence { if ((l = norm($0)) != "") lines[++nlines] = l; next }
	{ prev = $0 }
	END {
		if (infence) { start = NR; fail("a fence that is never closed") }
		print "checked " checked + 0
		exit bad
	}' "$1"
}

status=0 total=0
for page in docs/*.md; do
	out=$(check_page "$page") || status=1
	printf '%s\n' "$out" | grep -v '^checked '
	total=$((total + $(printf '%s\n' "$out" | sed -n 's/^checked //p')))
done
echo "$total listings checked"

# The self-test: append a word to the first line inside the first
# listing of the first page that has one; the check must now fail.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for page in docs/*.md; do
	grep -q '^<!-- listing: ' "$page" || continue
	awk '
	armed == 1 && /^```/ { armed = 2; print; next }
	armed == 2 && /[^ \t]/ { print $0 " edited"; armed = 3; next }
	!armed && /^<!-- listing: / { armed = 1 }
	{ print }' "$page" > "$tmp"
	if check_page "$tmp" > /dev/null; then
		echo "$page: an edited listing still passes the check"
		status=1
	fi
	break
done
exit $status
