/* Static PIE (crt/pie/relocate.c, docs/static_pie.md): an arch supports
 * it by giving its "add the load bias" relocation type in its own
 * arch/<arch>/reloc.h:
 *
 *   ARCH_RELATIVE_RELOC   R_<ARCH>_RELATIVE, the only relocation a
 *                         static PIE's linker leaves for start-up
 *
 * The default is none: without an arch/<arch>/reloc.h the Makefile builds
 * no PIE library and taskrt-cc refuses -static-pie with one line (MIPS,
 * whose PIE relocates a GOT by DT_MIPS_LOCAL_GOTNO instead, is such an
 * arch).  This file is never compiled. */
