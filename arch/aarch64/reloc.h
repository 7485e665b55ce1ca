/* aarch64 static PIE: the relocation that adds the load bias to a word
 * (crt/pie/relocate.c); its linker writes RELA entries (the addend beside the offset). */
#define ARCH_RELATIVE_RELOC R_AARCH64_RELATIVE
