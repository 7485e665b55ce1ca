# taskrt: a freestanding C runtime for tiny static Linux binaries.
#
#   make                      host arch, gcc: build/<arch>/{lib,include,bin}
#   make ARCH=aarch64         cross-build (the Debian triple's gcc)
#   make ARCH=riscv64 CC=clang
#   make demo                 build and run the demo program
#   make check [ARCH=..]      build and run the tests for one arch
#   make check-all            every arch, gcc and clang
#   make deps                 apt-get install what the above need
#   make size                 the hello-world size table
#   make install PREFIX=dir   one arch (and compiler), its wrapper bin/taskrt-cc
#   make install-all PREFIX=dir [DESTDIR=]  every arch side by side, with
#                             triple-named wrappers and CMake, Meson and
#                             pkg-config files (docs/build-systems.md)

# Every supported architecture is one folder under arch/ with an arch.mk
# (a shared arch/generic/ is not an architecture); nothing else names them.
# `make -s print-archs` tells scripts (bench/run.sh) the list.
ARCHS := $(filter-out generic,$(patsubst arch/%/arch.mk,%,$(wildcard arch/*/arch.mk)))

HOST_ARCH := $(shell uname -m | sed 's/^i.86$$/i386/')
ARCH ?= $(HOST_ARCH)
# The arch's folder; port-check points it at a copy of the five files a
# new port starts from.
ARCH_DIR ?= arch/$(ARCH)
include $(ARCH_DIR)/arch.mk

ifeq ($(origin CC),default)
CC = gcc
endif
COMPILER := $(if $(findstring clang,$(CC)),clang,gcc)
# The binutils (ar, strip), libgcc and, with gcc, the compiler itself:
# CROSS_COMPILE=/opt/x/bin/aarch64-linux-gnu- picks another toolchain.
CROSS_COMPILE ?= $(TRIPLE)-
AR    = $(CROSS_COMPILE)ar
STRIP = $(CROSS_COMPILE)strip

ifeq ($(COMPILER),gcc)
TARGET_CC     := $(CROSS_COMPILE)gcc
CC_INCLUDE     = $(shell $(TARGET_CC) -print-file-name=include)
# GNU ld flags an arch.mk may add (GCC_LINKER_FLAGS).
LINKER_FLAGS   = $(GCC_LINKER_FLAGS)
# gcc-only code flags an arch.mk may add (GCC_ARCH_CFLAGS), for the
# library and for the programs taskrt-cc builds alike.
ARCH_CFLAGS   += $(GCC_ARCH_CFLAGS)
BUILD         ?= build/$(ARCH)
else
TARGET_CC     := $(CC) --target=$(CLANG_TARGET)
CC_INCLUDE     = $(shell $(TARGET_CC) -print-resource-dir)/include
# lld, unless arch.mk names another linker for clang (CLANG_LINKER_FLAGS).
CLANG_LINKER_FLAGS ?= -fuse-ld=lld -Wl,--no-rosegment
LINKER_FLAGS   = $(CLANG_LINKER_FLAGS) -Qunused-arguments
# (-Qunused-arguments: taskrt-cc passes compile flags when it only links.)
# -Os alone still lets clang vectorise a byte loop into half a kilobyte.
COMPILER_CFLAGS = -fno-vectorize -fno-slp-vectorize
COMPILER_WARNINGS = -Wmissing-variable-declarations
BUILD         ?= build/$(ARCH)-clang
endif
# SAN=ubsan: the library and the tests with UndefinedBehaviorSanitizer in
# trap mode (an undefined operation is an illegal instruction, no runtime
# library needed), in a build folder of its own.
ifeq ($(SAN),ubsan)
SAN_CFLAGS = -fsanitize=undefined $(if $(filter clang,$(COMPILER)),-fsanitize-trap=undefined,-fsanitize-undefined-trap-on-error)
BUILD     := $(BUILD)-ubsan
else ifneq ($(SAN),)
$(error SAN is ubsan or nothing, not '$(SAN)')
endif
# MALLOC_CHECK=yes: the library's malloc in its checking mode
# (internal/malloc.h: every large block against a PROT_NONE page, freed
# small blocks poisoned and checked when reused), in a build folder of its
# own.  A build flag, not an environment variable: a normal program then
# pays nothing, neither a getenv at its first malloc nor a test in every
# malloc and free, nor the checking code's bytes.
ifeq ($(MALLOC_CHECK),yes)
SAN_CFLAGS += -DTASKRT_MALLOC_CHECK
BUILD      := $(BUILD)-mcheck
else ifneq ($(MALLOC_CHECK),)
$(error MALLOC_CHECK is yes or nothing, not '$(MALLOC_CHECK)')
endif
# The build's name in test/run.sh's lines (gcc, clang+ubsan, gcc+mcheck)
# and the words its skip tags may name.
BUILD_LABEL = $(COMPILER)$(if $(SAN),+$(SAN))$(if $(MALLOC_CHECK),+mcheck)
BUILD_WORDS = $(COMPILER) $(SAN) $(if $(MALLOC_CHECK),mcheck)
# The compiler's own helpers (64-bit division on 32-bit arches, ...).
LIBGCC = $(shell $(CROSS_COMPILE)gcc -print-libgcc-file-name)

include linker/link.mk

# What a build prints: by default one short line per file it makes
# ("  CC      syscall/file.c"); V=1 prints every command in full; make -s
# prints neither.
ifeq ($(V),1)
Q   :=
say := @true
else ifneq ($(findstring s,$(firstword -$(MAKEFLAGS))),)
Q   := @
say := @true
else
Q   := @
say := @printf '  %-7s %s\n'
endif

# Every build of the library has the whole set, so that make lint's
# builds of each arch and compiler are the very builds make check and
# check-all then reuse (CI builds each library once).
WARNINGS = -Wall -Wextra -Werror -Wmissing-prototypes -Wundef -Wshadow $(COMPILER_WARNINGS) \
	-Wstrict-prototypes -Wold-style-definition -Wnested-externs -Wpointer-arith \
	-Wwrite-strings -Wformat=2 -Wimplicit-fallthrough $(if $(filter clang,$(COMPILER)),-Wcomma -Wunreachable-code)
# -ffreestanding: this is the C library, so the compiler must not assume one
# (it still may call memcpy/memset, which taskrt defines).
# -g1: line tables and, with CODE_FLAGS' no-unwind-tables, CFI in
# .debug_frame, so gdb unwinds through taskrt's C (a thread's start, up
# to __clone); debug sections are not loaded and strip removes them, and
# -g never changes the code.
LIB_CFLAGS = -std=gnu11 -D_GNU_SOURCE= -Os -g1 -ffreestanding -fno-pie -fno-stack-protector -fomit-frame-pointer $(COMPILER_CFLAGS) \
	-ffunction-sections -fdata-sections $(CODE_FLAGS) $(ARCH_CFLAGS) $(SAN_CFLAGS) $(WARNINGS) \
	-nostdinc -I. -Iinternal/include -I$(BUILD)/src -I$(BUILD)/generic -isystem $(BUILD)/include -isystem $(CC_INCLUDE) \
	-idirafter $(BUILD)/kernel

# arch/generic/ holds the defaults of the porting contract (docs/porting.md):
# each of its files is built unless $(ARCH_DIR)/ has one of the same name,
# whatever its extension (vfork.S replaces vfork.c).  Headers fall back the
# same way: <arch/x.h> is $(ARCH_DIR)/x.h, else arch/generic/x.h.
ARCH_SOURCES    := $(filter-out $(ARCH_DIR)/start.S,$(wildcard $(ARCH_DIR)/*.S $(ARCH_DIR)/*.c))
GENERIC_SOURCES := $(foreach f,$(wildcard arch/generic/*.c arch/generic/*.S), \
	$(if $(filter $(basename $(notdir $(f))),$(basename $(notdir $(ARCH_SOURCES)))),,$(f)))
SOURCES := $(wildcard syscall/*.c crt/*.c thread/*.c libc/*/*.c) $(ARCH_SOURCES) $(GENERIC_SOURCES)
OBJECTS := $(patsubst %,$(BUILD)/obj/%.o,$(SOURCES))
HEADERS := $(shell find include -name '*.h')
PUBLIC  := $(patsubst include/%,$(BUILD)/include/%,$(HEADERS))

.PHONY: all lib demo check check-all deps size install clean tools
all: lib $(BUILD)/demo

# Archives under the names programs link with (-lc, -lm, -lpthread, ...).
# taskrt-cc's lib/ comes before the compiler's default folders in the
# linker's search, so with these in it no archive of the host's libc can be
# reached: libc.a is libtaskrt.a itself; the others are empty, as in musl,
# since taskrt keeps everything it has in one library (and has no libm).
EMPTY_LIBS := m pthread rt dl util resolv crypt xnet
LIB_NAMES  := $(BUILD)/lib/libc.a $(patsubst %,$(BUILD)/lib/lib%.a,$(EMPTY_LIBS))

lib: tools $(BUILD)/lib/libtaskrt.a $(LIB_NAMES) $(BUILD)/lib/crt1.o $(BUILD)/lib/tiny.ld $(BUILD)/bin/taskrt-cc

# A missing cross compiler, header package or qemu stops the build here with
# the line that installs it.
tools:
	@NEED_QEMU=$(NEED_QEMU) ARCH=$(ARCH) TARGET_CC="$(TARGET_CC)" CROSS_COMPILE=$(CROSS_COMPILE) QEMU=$(QEMU) \
	  KERNEL_ASM=$(KERNEL_ASM) COMPILER=$(COMPILER) \
	  DEB_PACKAGES="$(DEB_PACKAGES)" sh test/need-tools.sh

# Only the kernel's uapi folders, never the libc headers beside them.
$(BUILD)/kernel/.stamp:
	@mkdir -p $(BUILD)/kernel
	$(say) LN $(BUILD)/kernel
	$(Q)ln -sfn $(KERNEL_ASM) $(BUILD)/kernel/asm
	$(Q)ln -sfn $(KERNEL_UAPI)/linux $(BUILD)/kernel/linux
	$(Q)ln -sfn $(KERNEL_UAPI)/asm-generic $(BUILD)/kernel/asm-generic
	@touch $@

# Public headers: include/ plus bits/ generated from the kernel's headers.
$(BUILD)/include/bits/syscall.h: include/generate.sh $(BUILD)/kernel/.stamp \
		$(wildcard $(ARCH_DIR)/jmp_buf.h $(ARCH_DIR)/semid_ds.h $(ARCH_DIR)/fenv.h arch/generic/semid_ds.h arch/generic/fenv.h \
		$(ARCH_DIR)/mcontext.h arch/generic/mcontext.h $(ARCH_DIR)/termios_struct.h arch/generic/termios_struct.h \
		$(ARCH_DIR)/sigstruct.h arch/generic/sigstruct.h $(ARCH_DIR)/socktype.h arch/generic/socktype.h $(ARCH_DIR)/hwcap_prefix $(ARCH_DIR)/hwcap.h \
		$(ARCH_DIR)/stack_min.h arch/generic/stack_min.h)
	$(say) GEN $(BUILD)/include/bits
	$(Q)sh include/generate.sh $(BUILD)/include $(BUILD)/kernel "$(TARGET_CC) $(ARCH_CFLAGS)" $(ARCH_DIR)

$(BUILD)/include/%.h: include/%.h
	@mkdir -p $(dir $@)
	$(Q)cp $< $@

# <arch/syscall.h> in a source means this build's arch/<arch>/syscall.h,
# and <arch/ksigaction.h> arch/generic/'s where the arch has none.
$(BUILD)/src/arch:
	@mkdir -p $(BUILD)/src
	$(Q)ln -sfn $(abspath $(ARCH_DIR)) $@
$(BUILD)/generic/arch:
	@mkdir -p $(BUILD)/generic
	$(Q)ln -sfn $(CURDIR)/arch/generic $@

$(OBJECTS) $(BUILD)/lib/crt1.o: Makefile linker/link.mk $(ARCH_DIR)/arch.mk $(PUBLIC) $(BUILD)/include/bits/syscall.h | $(BUILD)/src/arch $(BUILD)/generic/arch $(BUILD)/kernel/.stamp

# <unicode/*.h>: the Unicode classes, case maps and widths of <wctype.h>,
# read off the host C library's C.UTF-8 locale by a host program, so that
# taskrt answers as glibc does (libc/wctype/gen/unicode.c).  The tables
# are the same for every arch.
HOST_CC ?= cc
$(BUILD)/src/unicode/.stamp: libc/wctype/gen/unicode.c
	@mkdir -p $(BUILD)/src/unicode $(BUILD)/gen
	$(say) GEN $(BUILD)/src/unicode
	$(Q)$(HOST_CC) -O2 -o $(BUILD)/gen/unicode $<
	$(Q)$(BUILD)/gen/unicode $(BUILD)/src 2> $(BUILD)/gen/unicode.log || { cat $(BUILD)/gen/unicode.log; exit 1; }
	@touch $@
$(filter $(BUILD)/obj/libc/wctype/%,$(OBJECTS)): $(BUILD)/src/unicode/.stamp

# create.c's start() never returns, so without a frame pointer clang keeps
# no return address for it at all (arm): gdb's backtrace from a pthread
# would end there instead of at __clone.  A frame pointer in this one file
# costs a few bytes in threaded programs.
$(BUILD)/obj/thread/create.c.o $(BUILD)/pie/obj/thread/create.c.o: LIB_CFLAGS += -fno-omit-frame-pointer

# libc/math's exact sums and products (internal/math.h) need every double
# operation rounded as written: no fused multiply-add contracted behind
# their back, and on the x87 no excess precision kept past an assignment.
$(BUILD)/obj/libc/math/%.c.o $(BUILD)/pie/obj/libc/math/%.c.o: LIB_CFLAGS += -ffp-contract=off $(if $(filter gcc,$(COMPILER)),-fexcess-precision=standard)

$(BUILD)/obj/%.c.o: %.c
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(TARGET_CC) $(LIB_CFLAGS) -MMD -c $< -o $@

$(BUILD)/obj/%.S.o: %.S
	@mkdir -p $(dir $@)
	$(say) AS $<
	$(Q)$(TARGET_CC) $(LIB_CFLAGS) -MMD -c $< -o $@

$(BUILD)/lib/crt1.o: $(ARCH_DIR)/start.S
	@mkdir -p $(dir $@)
	$(say) AS $@
	$(Q)$(TARGET_CC) $(LIB_CFLAGS) -c $< -o $@

$(BUILD)/lib/libtaskrt.a: $(OBJECTS)
	@mkdir -p $(dir $@)
	$(say) AR $@
	$(Q)rm -f $@
	$(Q)$(AR) rcs $@ $^

$(BUILD)/lib/libc.a: $(BUILD)/lib/libtaskrt.a
	$(Q)ln -sfn libtaskrt.a $@

$(patsubst %,$(BUILD)/lib/lib%.a,$(EMPTY_LIBS)):
	@mkdir -p $(dir $@)
	$(Q)rm -f $@
	$(Q)$(AR) rc $@

$(BUILD)/lib/tiny.ld: linker/tiny.ld
	@mkdir -p $(dir $@)
	$(Q)cp $< $@

$(BUILD)/bin/taskrt-cc: linker/taskrt-cc.in linker/link.mk Makefile $(ARCH_DIR)/arch.mk
	@mkdir -p $(dir $@)
	$(say) GEN $@
	$(Q)sed -e 's|@CC@|$(TARGET_CC) $(ARCH_CFLAGS)|' \
	    -e 's|@CC_INCLUDE@|$(CC_INCLUDE)|' \
	    -e 's|@LIBGCC@|$(LIBGCC)|' \
	    -e 's|@LINK_FLAGS@|$(LINKER_FLAGS) $(LINK_FLAGS)|' \
	    -e 's|@PIE_LINK_FLAGS@|$(LINKER_FLAGS) $(PIE_LINK_FLAGS)|' \
	    -e 's|@STATIC_PIE@|$(STATIC_PIE)|' -e 's|@ARCH@|$(ARCH)|' \
	    -e 's|@CODE_FLAGS@|$(CODE_FLAGS)|' \
	    -e 's|@DROP_FLAGS@|$(CC_DROP_FLAGS)|' \
	    -e 's|@PREFIX@|$$prefix|g' \
	    $< > $@
	$(Q)chmod +x $@

# The demo: prints its arguments, some auxv facts and its own size.
BUILT = $(BUILD)/lib/libtaskrt.a $(LIB_NAMES) $(BUILD)/lib/crt1.o $(BUILD)/lib/tiny.ld $(BUILD)/bin/taskrt-cc
$(BUILD)/demo: test/demo.c $(BUILT)
	$(say) CCLD $@
	$(Q)$(BUILD)/bin/taskrt-cc -Os test/demo.c -o $@
	$(Q)$(STRIP) $@

demo: lib $(BUILD)/demo
	$(if $(filter yes,$(NATIVE)),,$(QEMU)) $(BUILD)/demo hello from taskrt

# --- static PIE (taskrt-cc -static-pie; docs/static_pie.md) -----------------
# An arch whose arch/<arch>/reloc.h names its relative relocation gets a
# second library, every object built -fPIE, in lib/pie/ (libtaskrt.a,
# libc.a, and a crt1.o whose _start relocates first), and lib/pie.ld.  The
# default objects stay -fno-pie: that costs x86 bytes in every program.
STATIC_PIE := $(if $(wildcard $(ARCH_DIR)/reloc.h),yes,no)
ifeq ($(STATIC_PIE),yes)
PIE_OBJECTS := $(patsubst $(BUILD)/obj/%,$(BUILD)/pie/obj/%,$(OBJECTS)) $(BUILD)/pie/obj/crt/pie/relocate.c.o
PIE_LIB     := $(BUILD)/lib/pie/libtaskrt.a $(BUILD)/lib/pie/libc.a $(BUILD)/lib/pie/crt1.o $(BUILD)/lib/pie.ld
lib: $(PIE_LIB)
BUILT += $(PIE_LIB)
$(PIE_OBJECTS) $(BUILD)/lib/pie/crt1.o: LIB_CFLAGS += -fPIE
$(BUILD)/pie/obj/crt/pie/relocate.c.o: LIB_CFLAGS += -fno-jump-tables
$(PIE_OBJECTS) $(BUILD)/lib/pie/crt1.o: Makefile linker/link.mk $(ARCH_DIR)/arch.mk $(PUBLIC) $(BUILD)/include/bits/syscall.h | $(BUILD)/src/arch $(BUILD)/generic/arch $(BUILD)/kernel/.stamp
$(filter $(BUILD)/pie/obj/libc/wctype/%,$(PIE_OBJECTS)): $(BUILD)/src/unicode/.stamp
$(BUILD)/pie/obj/%.c.o: %.c
	@mkdir -p $(dir $@)
	$(say) CC $@
	$(Q)$(TARGET_CC) $(LIB_CFLAGS) -MMD -c $< -o $@
$(BUILD)/pie/obj/%.S.o: %.S
	@mkdir -p $(dir $@)
	$(say) AS $@
	$(Q)$(TARGET_CC) $(LIB_CFLAGS) -MMD -c $< -o $@
$(BUILD)/lib/pie/crt1.o: $(ARCH_DIR)/start.S
	@mkdir -p $(dir $@)
	$(say) AS $@
	$(Q)$(TARGET_CC) $(LIB_CFLAGS) -D__start_c=__start_static_pie -c $< -o $@
$(BUILD)/lib/pie/libtaskrt.a: $(PIE_OBJECTS)
	@mkdir -p $(dir $@)
	$(say) AR $@
	$(Q)rm -f $@
	$(Q)$(AR) rcs $@ $^
$(BUILD)/lib/pie/libc.a: $(BUILD)/lib/pie/libtaskrt.a
	$(Q)ln -sfn libtaskrt.a $@
$(BUILD)/lib/pie.ld: linker/pie.ld
	@mkdir -p $(dir $@)
	$(Q)cp $< $@
-include $(PIE_OBJECTS:.o=.d)
endif

# Tests: every test/*.c as a static binary, run natively and/or under qemu.
# T=clone,mutex chooses some by name (test/run.sh also runs the shell
# checks named there); MODE=native|qemu|both chooses where (default: both
# where the arch runs natively, else qemu).  Tags in each source say where
# a test is skipped (test/run.sh's header lists them).
comma := ,
TEST_NAMES := $(patsubst test/%.c,%,$(filter-out test/demo.c,$(wildcard test/*.c)))
TEST_NAMES := $(if $(T),$(filter $(subst $(comma), ,$(T)),$(TEST_NAMES)),$(TEST_NAMES))
TESTS := $(patsubst %,$(BUILD)/test/%,$(TEST_NAMES))
# Tests see every name, as the glibc build (check-libc) shows them: with
# _GNU_SOURCE.  A test may ask for more flags with a line "/* test cflags: ... */".  Its
# per-arch probes are <arch/test_probe.h>: this build's arch/<arch>/ folder,
# through the $(BUILD)/src/arch link the library's <arch/...> uses.
# (arch/generic/test_probe.h where a new port has none yet).
# Every test function carries a stack-protector canary: a test that
# overruns a buffer of its own, or a taskrt call that overruns one it was
# given, ends in "stack smashing detected" instead of passing by luck.
# (The demo and test/size.sh's hello are built without: a program pays
# for the protector only when it asks for it.)
TEST_CFLAGS = -fstack-protector-all
$(BUILD)/test/%: test/%.c test/check.h $(wildcard $(ARCH_DIR)/test_probe.h) $(BUILT) | $(BUILD)/src/arch $(BUILD)/generic/arch
	@mkdir -p $(dir $@)
	$(say) CCLD $@
	$(Q)$(BUILD)/bin/taskrt-cc -std=gnu11 -D_GNU_SOURCE= -O2 -Wall -Wextra -Werror -DTASKRT $(TEST_CFLAGS) $(SAN_CFLAGS) -I$(BUILD)/src -I$(BUILD)/generic \
	  $$(sed -n 's|^/\* test cflags: \(.*\) \*/$$|\1|p' $<) $< -o $@

check: NEED_QEMU = $(if $(filter native,$(MODE)),no,yes)
check: lib $(TESTS)
	@T="$(T)" MODE="$(MODE)" QEMU_TOO="$(QEMU_TOO)" sh test/run.sh $(ARCH) $(BUILD_LABEL) $(BUILD) "$(QEMU)" $(NATIVE) \
	  $(BUILD_WORDS)

# make soak [ARCH=..] [S=name,..] [SOAK_SCALE=f] [MODE=system]: the long
# runs of test/soak/ (a million thread cycles, 1,000 threads alive, forks
# from a busy process, exit racing pthread_exit, a ten-million-item
# pipeline), natively where the arch runs natively, else under qemu-user
# with the counts scaled (test/soak/run.sh); MODE=system as /init's tests
# on the arch's real kernel (one boot, the counts scaled for TCG).
# Minutes, bounded; never in CI.
.PHONY: soak
soak: NEED_QEMU = $(if $(filter yes,$(NATIVE))$(filter system,$(MODE)),no,yes)
soak: lib $(if $(filter system,$(MODE)),$(BUILD)/system/init)
	@S="$(S)" SOAK_SCALE="$(SOAK_SCALE)" sh test/soak/run.sh $(ARCH) $(BUILD) \
	  $(if $(filter system,$(MODE)),system,$(if $(filter yes,$(NATIVE)),none,$(QEMU)))

# make check-faults: seccomp fault injection (test/fault/, docs/faults.md):
# test/fault/launcher installs a filter and runs a test program under it,
# natively; under qemu-user (no seccomp) every row is a visible skip;
# MODE=system on the arch's real kernel, the launcher and the programs it
# runs in check-system's initramfs (one boot, mode "system"; on demand,
# not in check-all).  FAULT_T=name,name picks scenarios (test/fault/run.sh
# lists them).
.PHONY: check-faults
FAULT_NAMES := $(patsubst test/fault/%.c,%,$(wildcard test/fault/*.c))
FAULT_BINS  := $(patsubst %,$(BUILD)/fault/%,$(FAULT_NAMES))
$(BUILD)/fault/%: test/fault/%.c test/fault/fault.h test/check.h $(BUILD)/system/syscall_names.h $(BUILT) | $(BUILD)/src/arch $(BUILD)/generic/arch
	@mkdir -p $(dir $@)
	$(say) CCLD $@
	$(Q)$(BUILD)/bin/taskrt-cc -std=gnu11 -D_GNU_SOURCE= -O2 -Wall -Wextra -Werror -DTASKRT $(SAN_CFLAGS) \
	  -I$(BUILD)/system -I$(BUILD)/src -I$(BUILD)/generic $< -o $@

FAULT_SUITE_TESTS = clone clone3 clone3_pidfd fork_threads process pthread spawn_close system \
	thread_detach_exit vfork vfork_exec threads_c11 timer
check-faults: NEED_QEMU = $(if $(filter native system,$(MODE)),no,yes)
check-faults: lib $(FAULT_BINS) $(patsubst %,$(BUILD)/test/%,$(FAULT_SUITE_TESTS)) $(if $(filter system,$(MODE)),$(BUILD)/system/init)
	@FAULT_T="$(FAULT_T)" MODE="$(MODE)" FAULT_SUITE_TESTS="$(FAULT_SUITE_TESTS)" sh test/fault/run.sh $(ARCH) $(COMPILER)$(if $(SAN),+$(SAN)) $(BUILD) "$(QEMU)" $(NATIVE)

# make selftests: the kernel's own selftests (timers, sigaltstack, pidfd,
# membarrier, kcmp) from Debian's linux-source package, built with
# taskrt-cc and run (test/selftests/run.sh); S=name,name picks programs;
# LIBC=glibc builds the same programs with the arch's gcc -static instead.
.PHONY: selftests
selftests: NEED_QEMU = $(if $(filter native,$(MODE)),no,yes)
selftests: lib
	@S="$(S)" MODE="$(MODE)" LIBC="$(LIBC)" CROSS_COMPILE="$(CROSS_COMPILE)" \
	  sh test/selftests/run.sh $(ARCH) $(COMPILER) $(BUILD) "$(QEMU)" $(NATIVE)

# make fuzz: the long differential fuzz run against glibc (docs/fuzz.md):
# FUZZ_CASES cases (default 100 million) in ten sections, from SEED
# (default: the time, printed); SECTION=name[,name] picks sections and
# SECTION=name CASE=n replays one case.  The bounded run is test/fuzz.sh.
# Not in check-all: a long run.
FUZZ_CASES ?= 100000000
.PHONY: fuzz
fuzz: NEED_QEMU = $(if $(filter yes,$(NATIVE)),no,yes)
fuzz: lib
	@FUZZ_PROGRESS=1 sh test/fuzz/run.sh $(ARCH) $(BUILD) $(or $(SEED),$$(date +%s)) $(FUZZ_CASES) "$(SECTION)" "$(CASE)"

# Each arch and compiler in turn, then the UBSan rows of UBSAN_ROWS, the
# seccomp fault rows of FAULT_ROWS (make check-faults), the
# malloc-checking rows of MCHECK_ROWS (MALLOC_CHECK=yes), and the
# real-kernel rows of CHECK_ALL_SYSTEM_ARCHS (make check-system, gcc;
# empty: none); the summary line counts them all.  A row whose make fails
# with no failing test of its own failed to build, and is counted once as
# "build" (test/lib/row.sh).  CI's 45 minutes go to what differs:
# - x86_64 runs under qemu-user too in its gcc row only (QEMU_TOO); i386,
#   native, is not run under qemu (make check ARCH=i386 MODE=both does);
# - the clang rows are those of CHECK_ALL_CLANG_ARCHS: the native pair and
#   a 64-bit RISC pair.  Every arch's library is still built with clang,
#   warnings as errors, by make lint (CI runs it); CHECK_ALL_CLANG_ARCHS=
#   "$(ARCHS)" gives every arch its clang row.
# The UBSan rows, ARCH:CC pairs: both compilers natively, gcc on a qemu
# arch.  clang's checks are the compiler's, run by its x86_64 row; under
# qemu-aarch64 they cost CI three minutes (UBSAN_ROWS="... aarch64:clang"
# adds that row).  The malloc-checking rows (MALLOC_CHECK=yes): one native row, the
# mode's code has nothing per arch (make check ARCH=aarch64 MALLOC_CHECK=yes
# runs it under qemu when wanted).
UBSAN_ROWS ?= x86_64:gcc x86_64:clang aarch64:gcc
MCHECK_ROWS ?= x86_64:gcc
# The seccomp fault rows (make check-faults) run natively: ARCH:CC pairs.
FAULT_ROWS ?= x86_64:gcc i386:clang
CHECK_ALL_SYSTEM_ARCHS ?= aarch64 arm riscv64
CHECK_ALL_CLANG_ARCHS ?= x86_64 i386 aarch64 riscv64
check-all:
	@rm -f build/results.txt build/results.times build/results.tests
	@for a in $(ARCHS); do for c in gcc clang; do \
	  [ $$c = gcc ] || case " $(CHECK_ALL_CLANG_ARCHS) " in *" $$a "*) ;; *) continue ;; esac; \
	  sh test/lib/row.sh $$a-$$c- $(CURDIR)/build/results.txt \
	    $(MAKE) -s -j2 --no-print-directory check ARCH=$$a CC=$$c QEMU_TOO=$$([ $$a-$$c = x86_64-gcc ] && echo yes || echo no) \
	      RESULTS=$(CURDIR)/build/results.txt; \
	done; done
	@for r in $(UBSAN_ROWS); do a=$${r%:*} c=$${r#*:}; \
	  sh test/lib/row.sh $$a-$$c+ubsan- $(CURDIR)/build/results.txt \
	    $(MAKE) -s -j2 --no-print-directory check ARCH=$$a CC=$$c SAN=ubsan QEMU_TOO=no RESULTS=$(CURDIR)/build/results.txt; \
	done
	@for r in $(FAULT_ROWS); do a=$${r%:*} c=$${r#*:}; \
	  sh test/lib/row.sh $$a-$$c-fault $(CURDIR)/build/results.txt \
	    $(MAKE) -s -j2 --no-print-directory check-faults ARCH=$$a CC=$$c RESULTS=$(CURDIR)/build/results.txt; \
	done
	@for r in $(MCHECK_ROWS); do a=$${r%:*} c=$${r#*:}; \
	  sh test/lib/row.sh $$a-$$c+mcheck- $(CURDIR)/build/results.txt \
	    $(MAKE) -s -j2 --no-print-directory check ARCH=$$a CC=$$c MALLOC_CHECK=yes QEMU_TOO=no RESULTS=$(CURDIR)/build/results.txt; \
	done
	@for a in $(CHECK_ALL_SYSTEM_ARCHS); do \
	  sh test/lib/row.sh $$a-gcc-system $(CURDIR)/build/results.txt \
	    $(MAKE) -s -j2 --no-print-directory check-system ARCH=$$a RESULTS=$(CURDIR)/build/results.txt; \
	done
	@sh test/summary.sh build/results.txt

# make check-libc: the same tests built against the host's glibc and run
# natively: a test that fails there is wrong about the standard, not
# taskrt.  Checks of taskrt's own choices sit in #ifdef TASKRT (the taskrt
# build defines it); a test about taskrt internals says "test skip libc"
# and is not built.  T= works here too.  LIBCS="glibc musl" adds musl-gcc's
# musl, where the tests still expect glibc's answers in 16 places (printf's
# %p, texts, strtol corners) and three tests hang: not yet a gate.
LIBCS ?= glibc
# A test's cflags come after its source: a static -lm must follow the
# objects that call it.
# glibc's headers mark arguments nonnull and functions deprecated, and the
# tests pass NULL and call siginterrupt and readdir_r on purpose, to see
# the answer.  (-D_GNU_SOURCE= : the same empty definition as the tests'
# own #define, so it is no redefinition.)
LIBC_NO_WARN = -Wno-nonnull -Wno-stringop-overflow -Wno-deprecated-declarations
LIBC_CC_glibc = gcc
LIBC_CC_musl  = musl-gcc
LIBC_BUILD    = build/libc-$(LIBC)
LIBC_TESTS := $(patsubst test/%.c,$(LIBC_BUILD)/test/%,$(if $(strip $(TEST_NAMES)),$(shell grep -L \
	'^/\* test skip libc: ' $(patsubst %,test/%.c,$(TEST_NAMES)))))

check-libc:
	@rm -f build/libc-results.txt build/libc-results.tests
	@for l in $(LIBCS); do \
	  $(MAKE) -s -j2 --no-print-directory check-libc-one LIBC=$$l ARCH=$(HOST_ARCH) \
	    RESULTS=$(CURDIR)/build/libc-results.txt || grep -q "^FAIL $(HOST_ARCH)-$$l-" build/libc-results.txt \
	    || echo "FAIL $(HOST_ARCH)-$$l build" >> build/libc-results.txt; \
	done
	@sh test/summary.sh build/libc-results.txt

.PHONY: check-libc check-libc-one
check-libc-one: $(LIBC_TESTS)
	@T="$(T)" MODE=native TEST_TIMEOUT=120 sh test/run.sh $(HOST_ARCH) $(LIBC) $(LIBC_BUILD) none yes libc $(LIBC)

$(LIBC_BUILD)/src/arch:
	@mkdir -p $(dir $@)
	ln -sfn $(CURDIR)/arch/$(HOST_ARCH) $@

$(LIBC_BUILD)/test/%: test/%.c test/check.h arch/$(HOST_ARCH)/test_probe.h | $(LIBC_BUILD)/src/arch
	@mkdir -p $(dir $@)
	$(LIBC_CC_$(LIBC)) -std=gnu11 -D_GNU_SOURCE= -O2 -Wall -Wextra -Werror $(LIBC_NO_WARN) $(TEST_CFLAGS) -static -pthread \
	  -I$(LIBC_BUILD)/src $< -o $@ $$(sed -n 's|^/\* test cflags: \(.*\) \*/$$|\1|p' $<)

deps:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	  make gcc libc6-dev clang lld qemu-user strace shellcheck gdb-multiarch \
	  cmake meson ninja-build pkg-config xz-utils bzip2 \
	  $(foreach a,$(ARCHS),$(shell sed -n 's/^DEB_PACKAGES *= *//p' arch/$(a)/arch.mk)) \
	  $(sort $(foreach a,$(ARCHS),$(shell sed -n 's/^QEMU_PACKAGE=//p' arch/$(a)/system.conf))) \
	  qemu-system-data seabios ipxe-qemu opensbi

size:
	@sh test/size.sh $(ARCHS)

# A new port starts from five files (docs/porting.md).  Build the library
# and every test from just those five of ARCH's, arch/generic/ giving the
# rest, and run the tests: the contract's defaults must be enough.
# PORT_EXTRA adds files an arch cannot do without (x86: arch.h and
# sigreturn.S, since its kernel has no default return from a handler).
PORT_FILES = arch.mk syscall.h tls.h start.S clone.S
.PHONY: port-check
port-check:
	@rm -rf build/port-$(ARCH) && mkdir -p build/port-$(ARCH)/arch
	cp $(addprefix arch/$(ARCH)/,$(PORT_FILES) $(PORT_EXTRA)) build/port-$(ARCH)/arch/
	@$(MAKE) -s -j2 --no-print-directory check ARCH=$(ARCH) ARCH_DIR=build/port-$(ARCH)/arch \
	  BUILD=build/port-$(ARCH)/build

# make lint: extra warnings, abi and namespace on every arch, shellcheck,
# the arch-macro grep, the docs' listings, a port-check (test/lint/lint.sh).
.PHONY: lint
lint:
	@sh test/lint/lint.sh "$(ARCHS)" aarch64

.PHONY: print-archs
print-archs:
	@echo $(ARCHS)

# make bench [ARCH=aarch64]: taskrt beside glibc, musl, nolibc and the
# kernel floor, as one table (bench/README.md).  A benchmark: CI never runs it.
.PHONY: bench
bench:
	@bash bench/run.sh $(ARCH)

# ---- system mode: the tests as /init of a real kernel (test/system/) ----
# make check-system [ARCH=..] [T=..]: the test binaries and taskrt's own
#   /init runner (test/system/init.c) in an initramfs, booted on Debian's
#   kernel for the arch under qemu-system (arch/<arch>/system.conf; kernels
#   cached in build/kernels/); verdicts as test/run.sh prints them, mode
#   "system".
# make check-system-all: every arch with gcc, counted as check-all counts.
# make initramfs [ARCH=..]: build/<arch>/initramfs.cpio, every test, for a
#   kernel of one's own (docs/toy-kernel.md).
# make gdb-system ARCH=.. T=name: that one test's image, qemu waiting for
#   gdb on :1234, the console on the terminal.
.PHONY: check-system check-system-all initramfs gdb-system
SYSTEM_INIT = $(BUILD)/system/init
$(BUILD)/system/syscall_names.h: $(BUILD)/include/bits/syscall.h
	@mkdir -p $(dir $@)
	$(Q)sed -n 's/^#define SYS_\([a-z0-9_]*\) .*/{ SYS_\1, "\1" },/p' $< > $@
$(SYSTEM_INIT): test/system/init.c test/system/enosys.h $(BUILD)/system/syscall_names.h $(BUILT)
	$(say) CCLD $@
	$(Q)$(BUILD)/bin/taskrt-cc -std=gnu11 -D_GNU_SOURCE= -O2 -Wall -Wextra -Werror -I$(BUILD)/system $< -o $@

check-system: lib $(TESTS) $(SYSTEM_INIT)
	@T="$(T)" MODE=system sh test/run.sh $(ARCH) $(BUILD_LABEL) $(BUILD) none no \
	  $(BUILD_WORDS)

SYSTEM_ARCHS ?= $(ARCHS)
check-system-all:
	@rm -f build/system-results.txt
	@for a in $(SYSTEM_ARCHS); do \
	  $(MAKE) -s -j2 --no-print-directory check-system ARCH=$$a RESULTS=$(CURDIR)/build/system-results.txt \
	    || grep -q "^FAIL $$a-gcc-" build/system-results.txt || echo "FAIL $$a-gcc-system build" >> build/system-results.txt; \
	done
	@sh test/summary.sh build/system-results.txt

initramfs: lib $(TESTS) $(SYSTEM_INIT)
	@n=0; for t in $(TEST_NAMES); do n=$$((n + 1)); echo "$$n $$t"; done > $(BUILD)/system/initramfs.list
	@sh test/system/image.sh $(ARCH) $(BUILD) $(BUILD)/initramfs.cpio $(BUILD)/system/initramfs.list
	@echo "$(BUILD)/initramfs.cpio: /init and $(words $(TEST_NAMES)) tests (docs/toy-kernel.md)"

gdb-system: lib $(TESTS) $(SYSTEM_INIT)
	@[ -n "$(T)" ] || { echo "make gdb-system: name the test, T=name" >&2; exit 2; }
	@n=0; for t in $(TEST_NAMES); do n=$$((n + 1)); echo "$$n $$t"; done > $(BUILD)/system/gdb.list
	@sh test/system/image.sh $(ARCH) $(BUILD) $(BUILD)/system/gdb.cpio $(BUILD)/system/gdb.list
	@echo "qemu waits for gdb: in another terminal"
	@echo "  gdb-multiarch $(BUILD)/test/$(T) -ex 'target remote :1234'"
	@GDB=yes SYSTEM_TIMEOUT=86400 sh test/system/boot.sh $(ARCH) $(BUILD)/system/gdb.cpio - TEST_TIMEOUT=86400
# ---- end of system mode ----

# make install: one arch and compiler into $(DESTDIR)$(PREFIX), as the
# build has it (bin/taskrt-cc, include/, lib/, kernel/ with the uapi
# headers copied, not linked), with lib/pkgconfig/taskrt.pc.
install: lib
	@[ -n "$(PREFIX)" ] || { echo "make install: say where, PREFIX=dir" >&2; exit 1; }
	mkdir -p $(DESTDIR)$(PREFIX)/lib/pkgconfig
	cp -R $(BUILD)/bin $(BUILD)/include $(BUILD)/lib $(DESTDIR)$(PREFIX)/
	cp -RL $(BUILD)/kernel $(DESTDIR)$(PREFIX)/
	$(call subst_install,linker/taskrt.pc.in) > $(DESTDIR)$(PREFIX)/lib/pkgconfig/taskrt.pc

# make install-all: every arch (ARCHS=... chooses some) under one prefix,
# side by side.  Each is a `make install` of its own in PREFIX/ROOT/, ROOT
# the taskrt triple ARCH-linux-taskrt (with CC=clang, ARCH-linux-taskrt-
# clang, so that both compilers' builds can share a prefix); PREFIX/bin
# has a wrapper per arch named by it, and the host arch's also as
# taskrt-cc; PREFIX/share/taskrt/ the CMake toolchain and Meson cross
# files.  The wrappers are links: taskrt-cc finds its tree from the file
# it is.
TASKRT_TRIPLE = $(ARCH)-linux-taskrt
INSTALL_ROOT  = $(TASKRT_TRIPLE)$(if $(filter clang,$(COMPILER)),-clang)
# The names a build system knows the wrapper by: ROOT-cc and ROOT-gcc for
# gcc, ROOT for clang (aarch64-linux-taskrt-clang).
WRAPPER_NAMES = $(if $(filter clang,$(COMPILER)),$(INSTALL_ROOT),$(INSTALL_ROOT)-cc $(INSTALL_ROOT)-gcc)
HOST_WRAPPER  = $(if $(filter clang,$(COMPILER)),taskrt-clang,taskrt-cc)
# Build systems' names for the processor (arch.mk may say otherwise).
CPU        ?= $(ARCH)
CPU_FAMILY ?= $(ARCH)
ENDIAN     ?= little
VERSION    ?= 0.$(or $(shell git log -1 --format=%cd --date=format:%Y%m%d 2>/dev/null),0)
tool_path   = $(or $(shell command -v $(1) 2>/dev/null),$(1))
subst_install = sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@COMPILER@|$(COMPILER)|g' \
	-e 's|@ROOT@|$(INSTALL_ROOT)|g' -e 's|@TASKRT_TRIPLE@|$(TASKRT_TRIPLE)|g' -e 's|@TRIPLE@|$(TRIPLE)|g' \
	-e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' \
	-e 's|@CPU@|$(CPU)|g' -e 's|@CPU_FAMILY@|$(CPU_FAMILY)|g' -e 's|@ENDIAN@|$(ENDIAN)|g' \
	-e 's|@AR_PATH@|$(call tool_path,$(AR))|g' -e 's|@RANLIB_PATH@|$(call tool_path,$(CROSS_COMPILE)ranlib)|g' \
	-e 's|@STRIP_PATH@|$(call tool_path,$(STRIP))|g' \
	-e 's|@EMULATOR@|$(if $(filter yes,$(NATIVE)),,$(QEMU))|g' \
	-e "s|@EXE_WRAPPER@|$(if $(filter yes,$(NATIVE)),,exe_wrapper = '$(QEMU)')|g" \
	-e 's|@NEEDS_WRAPPER@|$(if $(filter yes,$(NATIVE)),false,true)|g' \
	-e 's|@CODE_FLAGS@|$(CODE_FLAGS)|g' -e 's|@ARCH_CFLAGS@|$(ARCH_CFLAGS)|g' -e 's|@CC_INCLUDE@|$(CC_INCLUDE)|g' -e 's|@LIBGCC@|$(LIBGCC)|g' \
	-e 's|@LINK_FLAGS@|$(subst @PREFIX@,$${prefix},$(LINKER_FLAGS) $(LINK_FLAGS))|g' $(1)

.PHONY: install-all install-arch
install-all:
	@[ -n "$(PREFIX)" ] || { echo "make install-all: say where, PREFIX=dir" >&2; exit 1; }
	@for a in $(ARCHS); do \
	  $(MAKE) --no-print-directory install-arch ARCH=$$a CC=$(CC) PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) || exit 1; \
	done

install-arch: lib
	$(MAKE) --no-print-directory install PREFIX=$(PREFIX)/$(INSTALL_ROOT)
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/taskrt/cmake $(DESTDIR)$(PREFIX)/share/taskrt/meson
	for w in $(WRAPPER_NAMES) $(if $(filter $(HOST_ARCH),$(ARCH)),$(HOST_WRAPPER)); do \
	  ln -sfn ../$(INSTALL_ROOT)/bin/taskrt-cc $(DESTDIR)$(PREFIX)/bin/$$w || exit 1; done
	$(call subst_install,linker/toolchain.cmake.in) > $(DESTDIR)$(PREFIX)/share/taskrt/cmake/$(INSTALL_ROOT).cmake
	$(call subst_install,linker/cross.ini.in) > $(DESTDIR)$(PREFIX)/share/taskrt/meson/$(INSTALL_ROOT).ini

clean:
	rm -rf build

-include $(OBJECTS:.o=.d)
