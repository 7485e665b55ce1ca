# The link recipe for tiny static binaries, shared by taskrt-cc and the
# Makefile.  Every flag trims bytes or a segment without giving up W^X:
#   -static -nostdlib      taskrt's crt1.o and libtaskrt.a, nothing else
#   --gc-sections          drop every function and object nobody calls
#   --build-id=none        no .note.gnu.build-id (and no PT_NOTE for it)
#   -z noseparate-code     code shares its page with the headers and
#                          read-only data instead of starting a new 4 KiB
#                          page; still no page is both writable and executable
#   -z norelro             no PT_GNU_RELRO: nothing to protect in a static
#                          binary without a dynamic linker
#   -z noexecstack         PT_GNU_STACK without PF_X
#   -T tiny.ld             the section layout (see linker/tiny.ld)
# And for the code itself (user programs too, so an earlier flag of the
# user's own overrides them):
#   -fno-asynchronous-unwind-tables -fno-unwind-tables
#                          no .eh_frame: C needs no unwinder (gdb still
#                          has the symbols in an unstripped build)
#   -fno-ident             no .comment section naming the compiler
CODE_FLAGS = -fno-asynchronous-unwind-tables -fno-unwind-tables -fno-ident
LINK_FLAGS = -static -nostdlib -Wl,--gc-sections -Wl,--build-id=none \
	-Wl,-z,noseparate-code -Wl,-z,norelro -Wl,-z,noexecstack \
	-Wl,-T,@PREFIX@/lib/tiny.ld

# A static PIE (taskrt-cc -static-pie, docs/static_pie.md): the same, but
#   -static -Wl,-pie,--no-dynamic-linker,-z,text
#                          what gcc -static-pie hands the linker, spelt
#                          out (riscv64's gcc 12 takes -static-pie for a
#                          dynamic PIE, with an interpreter): an ET_DYN
#                          with no PT_INTERP, nothing relocated in the text
#   -T pie.ld              tiny.ld's layout linked at 0, the constructor
#                          arrays among the relocated data
# and lib/pie/'s crt1.o and libtaskrt.a, built -fPIE.
PIE_LINK_FLAGS = -static -Wl,-pie,--no-dynamic-linker,-z,text -nostdlib -Wl,--gc-sections -Wl,--build-id=none \
	-Wl,-z,noseparate-code -Wl,-z,norelro -Wl,-z,noexecstack \
	-Wl,-T,@PREFIX@/lib/pie.ld
