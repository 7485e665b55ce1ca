# bench/table.awk: print bench/run.sh's results as one Markdown table.
#
#   awk -v arch=x86_64 -v run="qemu-aarch64" -v archs="$(make -s print-archs)" \
#       -v qsort_n=1000000 -v fgets_mb=100 -f bench/table.awk RESULTS/*/*
#
# Each input file is RESULTS/<row>/<impl> with one value per round (line k
# = round k; NA for a run that failed).  A cell is "median (min-max)", or
# the value alone when every round agreed (sizes, counts).  A ratio cell is
# the median and spread of the per-round ratios taskrt/X: both runs of a
# round ran within seconds of each other, so the machine's drift mostly
# cancels out of the ratio.  (One awk for the whole table: a process per
# cell took 20 s on a loaded machine.)

{
	n = split(FILENAME, part, "/")
	r = part[n - 1]; impl = part[n]
	v[r, impl, FNR] = $1
	if (FNR > count[r, impl]) count[r, impl] = FNR
	has_row[r] = 1
}

# Sort a[1..n] in place (n is small: one entry per round).
function sort(a, n,    i, j, x) {
	for (i = 2; i <= n; i++) {
		x = a[i]
		for (j = i - 1; j >= 1 && a[j] > x; j--)
			a[j + 1] = a[j]
		a[j + 1] = x
	}
}

# "median min max" of a[1..n] (sorted here), or "" when n is 0.
function summary(a, n) {
	if (n == 0) return ""
	sort(a, n)
	return (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2) " " a[1] " " a[n]
}

function num(x, ratio) {
	if (x == int(x) && x < 1e9) return sprintf("%d", x)
	if (ratio) return x >= 100 ? sprintf("%.0f", x) : sprintf("%.3g", x)
	return x >= 100 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x)
}

function show(s, ratio,    f, m, lo, hi) {
	if (s == "") return "-"
	split(s, f, " ")
	m = num(f[1], ratio); lo = num(f[2], ratio); hi = num(f[3], ratio)
	return lo == hi ? m : m " (" lo "-" hi ")"
}

function cell(row, impl, div,    a, n, k) {
	n = 0
	for (k = 1; k <= count[row, impl]; k++)
		if (v[row, impl, k] != "NA") a[++n] = v[row, impl, k] / div
	return show(summary(a, n), 0)
}

# taskrt / impl, round by round.
function ratio(row, impl,    a, n, k, x, y) {
	n = 0
	for (k = 1; k <= count[row, "taskrt"] && k <= count[row, impl]; k++) {
		x = v[row, "taskrt", k]; y = v[row, impl, k]
		if (x != "NA" && y != "NA" && y > 0) a[++n] = x / y
	}
	return show(summary(a, n), 1)
}

function line(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11) {
	printf "| %-46s | %-4s | %-20s | %-20s | %-20s | %-20s | %-20s | %-19s | %-19s | %-19s | %-19s |\n",
	       c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11
}

function row(r, label, unit, div) {
	if (!(r in has_row)) return
	line(label, unit, cell(r, "taskrt", div), cell(r, "glibc", div), cell(r, "musl", div),
	     cell(r, "nolibc", div), cell(r, "floor", div),
	     ratio(r, "floor"), ratio(r, "nolibc"), ratio(r, "musl"), ratio(r, "glibc"))
}

END {
	where = run == "" ? "" : " (" run ")"
	narchs = split(archs, arch_list, " ")   # the Makefile's ARCHS (-v archs=...)
	line("measure", "unit", "taskrt", "glibc", "musl", "nolibc", "kernel floor (asm)",
	     "taskrt/floor", "taskrt/nolibc", "taskrt/musl", "taskrt/glibc")
	dash = "------------------------------------------------"
	printf "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", substr(dash, 1, 48), substr(dash, 1, 6),
	       substr(dash, 1, 22), substr(dash, 1, 22), substr(dash, 1, 22), substr(dash, 1, 22),
	       substr(dash, 1, 22), substr(dash, 1, 21), substr(dash, 1, 21), substr(dash, 1, 21),
	       substr(dash, 1, 21)
	for (i = 1; i <= narchs; i++)
		row("size-hello-" arch_list[i], "hello, stripped, " arch_list[i], "B", 1)
	row("size-hello-tinyld", "hello, stripped, x86_64, taskrt-cc's ld flags", "B", 1)
	for (i = 1; i <= narchs; i++)
		row("size-threads-" arch_list[i], "4-thread demo, stripped, " arch_list[i], "B", 1)
	if (run == "") {
		row("cj2", "create+join, 2 CPUs", "us", 1000)
		row("cj1", "create+join, pinned to 1 CPU (taskset -c 0)", "us", 1000)
		row("cjq", "create+join, qemu-aarch64", "us", 1000)
	} else {
		row("cj2", "create+join" where, "us", 1000)
	}
	row("burst", "64 threads created then joined, per thread", "us", 1000)
	row("mutex-contended", "mutex, 4 threads contended, per lock+unlock", "ns", 1)
	row("mutex-uncontended", "mutex lock+unlock, 2nd thread idle", "ns", 1)
	row("mutex-single", "mutex lock+unlock, single-threaded", "ns", 1)
	row("cond", "cond signal/wait ping-pong, per round trip", "ns", 1)
	row("broadcast", "cond broadcast to 8 waiters, per broadcast", "us", 1000)
	row("rwlock", "rwlock, 4 readers + 1 writer, per lock+unlock", "ns", 1)
	row("sem", "semaphore ping-pong, per round trip", "ns", 1)
	row("once", "pthread_once, done already", "ns", 1)
	row("getspecific", "pthread_getspecific", "ns", 1)
	row("tls", "__thread variable increment", "ns", 1)
	row("idle-vm", "idle thread: virtual memory (VmSize), each", "KiB", 1)
	row("idle-rss", "idle thread: resident memory (VmRSS), each", "KiB", 1)
	split("16 64 256 4096 65536", sizes, " ")
	for (i = 1; i <= 5; i++)
		row("malloc-" sizes[i], "malloc+free, " sizes[i] " B, single-threaded", "ns", 1)
	for (i = 1; i <= 5; i++)
		row("malloc4-" sizes[i], "malloc+free, " sizes[i] " B, 4 threads, per pair", "ns", 1)
	row("handoff", "malloc in one thread, free in another, 64 B", "ns", 1)
	row("rss-start", "RSS before 1M 16-byte mallocs", "KiB", 1)
	row("rss-live", "RSS with 1M 16-byte blocks live", "KiB", 1)
	row("rss-freed", "RSS after freeing them all", "KiB", 1)
	row("printf", "printf, ints and strings, to a pipe", "ns", 1)
	row("fputs", "fputs of 4 KiB blocks to a file", "ns", 1)
	row("fwrite", "fwrite of 4 KiB blocks to a file", "ns", 1)
	row("fgets", "fgets over a " fgets_mb " MB file, per line", "ns", 1)
	row("snprintf-d", "snprintf \"%d\"", "ns", 1)
	row("snprintf-g", "snprintf \"%.17g\"", "ns", 1)
	split("memcpy memmove memset memcmp strlen strchr strcmp", funcs, " ")
	split("16 256 4096 1048576", strsizes, " ")
	split("16 B,256 B,4 KiB,1 MiB", strlabels, ",")
	for (i = 1; i <= 7; i++)
		for (j = 1; j <= 4; j++)
			for (k = 0; k < 2; k++) {
				r = "str-" funcs[i] "-" strsizes[j] "-" (k ? "u" : "a")
				row(r, funcs[i] ", " strlabels[j] (k ? ", misaligned" : ", aligned"),
				    j == 4 ? "us" : "ns", j == 4 ? 1000 : 1)
			}
	row("qsort", "qsort, " qsort_n " ints", "ms", 1000000)
	row("search-memmem", "memmem, issue 9's Thue-Morse needle, 200 kB", "us", 1000)
	row("search-strstr", "strstr, the same", "us", 1000)
	row("search-text", "memmem, 16-byte needle in 200 kB of text", "us", 1000)
	row("sys-mutex", "syscalls per 100k uncontended lock+unlock", "n", 1)
	row("sys-before-main", "hello: syscalls before main, " arch, "n", 1)
	row("sys-total", "hello: syscalls in total, " arch, "n", 1)
	row("sys-create-join", "syscalls per create+join round trip", "n", 1)
	row("exec", "hello: exec-to-exit (hyperfine median)", "us", 1)
	row("getppid", "one raw system call (getppid loop)", "ns", 1)
	print ""
	print "Cells: median (min-max) over the rounds; ratios: median (min-max) of the per-round ratios."
	print "-: not applicable (nolibc has no pthreads; Debian's musl-gcc targets x86_64 only;"
	print "   the floor is bench/floor-<arch>.S where there is one: thread creation, a bare syscall and,"
	print "   under cond and sem, a raw futex ping-pong)."
}
