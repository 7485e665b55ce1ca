/* arm static PIE: the relocation that adds the load bias to a word
 * (crt/pie/relocate.c); its linker writes REL entries (the addend is the word itself). */
#define ARCH_RELATIVE_RELOC R_ARM_RELATIVE
