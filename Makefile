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
#   make install PREFIX=dir

# Every supported architecture is one folder under arch/ with an arch.mk
# (a shared arch/generic/ is not an architecture); nothing else names them.
# `make -s print-archs` tells scripts (bench/run.sh) the list.
ARCHS := $(filter-out generic,$(patsubst arch/%/arch.mk,%,$(wildcard arch/*/arch.mk)))

HOST_ARCH := $(shell uname -m | sed 's/^i.86$$/i386/')
ARCH ?= $(HOST_ARCH)
include arch/$(ARCH)/arch.mk

ifeq ($(origin CC),default)
CC = gcc
endif
COMPILER := $(if $(findstring clang,$(CC)),clang,gcc)

ifeq ($(COMPILER),gcc)
CROSS_COMPILE ?= $(TRIPLE)-
TARGET_CC     := $(CROSS_COMPILE)gcc
CC_INCLUDE     = $(shell $(TARGET_CC) -print-file-name=include)
LINKER_FLAGS   =
BUILD         ?= build/$(ARCH)
else
TARGET_CC     := $(CC) --target=$(CLANG_TARGET)
CC_INCLUDE     = $(shell $(TARGET_CC) -print-resource-dir)/include
LINKER_FLAGS   = -fuse-ld=lld -Wl,--no-rosegment -Qunused-arguments
# (-Qunused-arguments: taskrt-cc passes compile flags when it only links.)
# -Os alone still lets clang vectorise a byte loop into half a kilobyte.
COMPILER_CFLAGS = -fno-vectorize -fno-slp-vectorize
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
# The compiler's own helpers (64-bit division on 32-bit arches, ...).
LIBGCC = $(shell $(TRIPLE)-gcc -print-libgcc-file-name)

include linker/link.mk

WARNINGS = -Wall -Wextra -Werror
# -ffreestanding: this is the C library, so the compiler must not assume one
# (it still may call memcpy/memset, which taskrt defines).
LIB_CFLAGS = -std=gnu11 -Os -ffreestanding -fno-pie -fno-stack-protector -fomit-frame-pointer $(COMPILER_CFLAGS) \
	-ffunction-sections -fdata-sections $(CODE_FLAGS) $(ARCH_CFLAGS) $(SAN_CFLAGS) $(WARNINGS) \
	-nostdinc -I. -I$(BUILD)/src -isystem $(BUILD)/include -isystem $(CC_INCLUDE) \
	-idirafter $(BUILD)/kernel

SOURCES := $(wildcard syscall/*.c crt/*.c thread/*.c libc/*/*.c) \
	$(filter-out arch/$(ARCH)/start.S,$(wildcard arch/$(ARCH)/*.S))
OBJECTS := $(patsubst %,$(BUILD)/obj/%.o,$(SOURCES))
HEADERS := $(shell find include -name '*.h')
PUBLIC  := $(patsubst include/%,$(BUILD)/include/%,$(HEADERS))

.PHONY: all lib demo check check-all deps size install clean tools
all: lib $(BUILD)/demo

lib: tools $(BUILD)/lib/libtaskrt.a $(BUILD)/lib/crt1.o $(BUILD)/lib/tiny.ld $(BUILD)/bin/taskrt-cc

# A missing cross compiler, header package or qemu stops the build here with
# the line that installs it.
tools:
	@NEED_QEMU=$(NEED_QEMU) ARCH=$(ARCH) TARGET_CC="$(TARGET_CC)" TRIPLE=$(TRIPLE) QEMU=$(QEMU) \
	  KERNEL_ASM=$(KERNEL_ASM) COMPILER=$(COMPILER) \
	  DEB_PACKAGES="$(DEB_PACKAGES)" sh test/need-tools.sh

# Only the kernel's uapi folders, never the libc headers beside them.
$(BUILD)/kernel/.stamp:
	@mkdir -p $(BUILD)/kernel
	ln -sfn $(KERNEL_ASM) $(BUILD)/kernel/asm
	ln -sfn $(KERNEL_UAPI)/linux $(BUILD)/kernel/linux
	ln -sfn $(KERNEL_UAPI)/asm-generic $(BUILD)/kernel/asm-generic
	@touch $@

# Public headers: include/ plus bits/ generated from the kernel's headers.
$(BUILD)/include/bits/syscall.h: include/generate.sh $(BUILD)/kernel/.stamp
	sh include/generate.sh $(BUILD)/include $(BUILD)/kernel "$(TARGET_CC) $(ARCH_CFLAGS)"

$(BUILD)/include/%.h: include/%.h
	@mkdir -p $(dir $@)
	cp $< $@

# <arch/syscall.h> in a source means this build's arch/<arch>/syscall.h.
$(BUILD)/src/arch:
	@mkdir -p $(BUILD)/src
	ln -sfn $(CURDIR)/arch/$(ARCH) $@

$(OBJECTS) $(BUILD)/lib/crt1.o: Makefile linker/link.mk arch/$(ARCH)/arch.mk $(PUBLIC) $(BUILD)/include/bits/syscall.h | $(BUILD)/src/arch $(BUILD)/kernel/.stamp

$(BUILD)/obj/%.c.o: %.c
	@mkdir -p $(dir $@)
	$(TARGET_CC) $(LIB_CFLAGS) -MMD -c $< -o $@

$(BUILD)/obj/%.S.o: %.S
	@mkdir -p $(dir $@)
	$(TARGET_CC) $(LIB_CFLAGS) -MMD -c $< -o $@

$(BUILD)/lib/crt1.o: arch/$(ARCH)/start.S
	@mkdir -p $(dir $@)
	$(TARGET_CC) $(LIB_CFLAGS) -c $< -o $@

$(BUILD)/lib/libtaskrt.a: $(OBJECTS)
	@mkdir -p $(dir $@)
	rm -f $@
	$(TRIPLE)-ar rcs $@ $^

$(BUILD)/lib/tiny.ld: linker/tiny.ld
	@mkdir -p $(dir $@)
	cp $< $@

$(BUILD)/bin/taskrt-cc: linker/taskrt-cc.in linker/link.mk Makefile
	@mkdir -p $(dir $@)
	sed -e 's|@CC@|$(TARGET_CC) $(ARCH_CFLAGS)|' \
	    -e 's|@CC_INCLUDE@|$(CC_INCLUDE)|' \
	    -e 's|@LIBGCC@|$(LIBGCC)|' \
	    -e 's|@LINK_FLAGS@|$(LINKER_FLAGS) $(LINK_FLAGS)|' \
	    -e 's|@CODE_FLAGS@|$(CODE_FLAGS)|' \
	    -e 's|@PREFIX@|$$prefix|g' \
	    $< > $@
	chmod +x $@

# The demo: prints its arguments, some auxv facts and its own size.
BUILT = $(BUILD)/lib/libtaskrt.a $(BUILD)/lib/crt1.o $(BUILD)/lib/tiny.ld $(BUILD)/bin/taskrt-cc
$(BUILD)/demo: test/demo.c $(BUILT)
	$(BUILD)/bin/taskrt-cc -Os -s test/demo.c -o $@

demo: lib $(BUILD)/demo
	$(if $(filter yes,$(NATIVE)),,$(QEMU)) $(BUILD)/demo hello from taskrt

# Tests: every test/*.c as a static binary, run natively and/or under qemu.
# T=clone,mutex chooses some by name (test/run.sh also runs the shell
# checks named there); MODE=native|qemu|both chooses where (default: both
# where the arch runs natively, else qemu).  Tags in each source say where
# a test is skipped (test/run.sh's header lists them).
comma := ,
TEST_NAMES := $(patsubst test/%.c,%,$(filter-out test/demo.c,$(wildcard test/*.c)))
TEST_NAMES := $(if $(T),$(filter $(subst $(comma), ,$(T)),$(TEST_NAMES)),$(TEST_NAMES))
TESTS := $(patsubst %,$(BUILD)/test/%,$(TEST_NAMES))
# A test may ask for more flags with a line "/* test cflags: ... */".  Its
# per-arch probes are <arch/test_probe.h>: this build's arch/<arch>/ folder,
# through the $(BUILD)/src/arch link the library's <arch/...> uses.
$(BUILD)/test/%: test/%.c test/check.h arch/$(ARCH)/test_probe.h $(BUILT) | $(BUILD)/src/arch
	@mkdir -p $(dir $@)
	$(BUILD)/bin/taskrt-cc -O2 -Wall -Wextra -Werror -DTASKRT $(SAN_CFLAGS) -I$(BUILD)/src \
	  $$(sed -n 's|^/\* test cflags: \(.*\) \*/$$|\1|p' $<) $< -o $@

check: NEED_QEMU = $(if $(filter native,$(MODE)),no,yes)
check: lib $(TESTS)
	@T="$(T)" MODE="$(MODE)" sh test/run.sh $(ARCH) $(COMPILER)$(if $(SAN),+$(SAN)) $(BUILD) "$(QEMU)" $(NATIVE) \
	  $(COMPILER) $(SAN)

# Each arch and compiler in turn, then the UBSan rows (x86_64 natively and
# under qemu, aarch64 under qemu); the summary line counts them all.
UBSAN_ARCHS = x86_64 aarch64
check-all:
	@rm -f build/results.txt
	@for a in $(ARCHS); do for c in gcc clang; do \
	  $(MAKE) -s -j2 --no-print-directory check ARCH=$$a CC=$$c RESULTS=$(CURDIR)/build/results.txt \
	    || echo "FAIL $$a-$$c build" >> build/results.txt; \
	done; done
	@for a in $(UBSAN_ARCHS); do for c in gcc clang; do \
	  $(MAKE) -s -j2 --no-print-directory check ARCH=$$a CC=$$c SAN=ubsan RESULTS=$(CURDIR)/build/results.txt \
	    || echo "FAIL $$a-$$c+ubsan build" >> build/results.txt; \
	done; done
	@sh test/summary.sh build/results.txt

# make check-libc: the same tests built against the host's glibc and, where
# musl-gcc is installed, musl, and run natively: a test that fails there
# is wrong about the standard, not taskrt.  Checks of taskrt's own choices
# sit in #ifdef TASKRT (the taskrt build defines it); a test about taskrt
# internals says "test skip libc" and is not built.  T= works here too.
LIBCS := glibc $(if $(shell command -v musl-gcc),musl)
LIBC_CC_glibc = gcc
LIBC_CC_musl  = musl-gcc
LIBC_BUILD    = build/libc-$(LIBC)
LIBC_TESTS := $(patsubst test/%.c,$(LIBC_BUILD)/test/%,$(shell grep -L '^/\* test skip libc: ' \
	$(patsubst %,test/%.c,$(TEST_NAMES))))

check-libc:
	@rm -f build/libc-results.txt
	@for l in $(LIBCS); do \
	  $(MAKE) -s -j2 --no-print-directory check-libc-one LIBC=$$l ARCH=$(HOST_ARCH) \
	    RESULTS=$(CURDIR)/build/libc-results.txt || echo "FAIL $(HOST_ARCH)-$$l build" >> build/libc-results.txt; \
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
	$(LIBC_CC_$(LIBC)) -std=gnu11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -static -pthread \
	  -I$(LIBC_BUILD)/src $$(sed -n 's|^/\* test cflags: \(.*\) \*/$$|\1|p' $<) $< -o $@

deps:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	  make gcc clang lld qemu-user strace \
	  $(foreach a,$(ARCHS),$(shell sed -n 's/^DEB_PACKAGES *= *//p' arch/$(a)/arch.mk))

size:
	@sh test/size.sh $(ARCHS)

.PHONY: print-archs
print-archs:
	@echo $(ARCHS)

# make bench [ARCH=aarch64]: taskrt beside glibc, musl, nolibc and the
# kernel floor, as one table (bench/README.md).  A benchmark: CI never runs it.
.PHONY: bench
bench:
	@bash bench/run.sh $(ARCH)

install: lib
	mkdir -p $(PREFIX)
	cp -R $(BUILD)/bin $(BUILD)/include $(BUILD)/lib $(PREFIX)/

clean:
	rm -rf build

-include $(OBJECTS:.o=.d)
