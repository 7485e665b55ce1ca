/* The ELF structures taskrt reads: program headers (PT_TLS) and the vDSO's
 * dynamic symbol table.  ElfW(Phdr) is the native width's Elf32/Elf64_Phdr. */
#ifndef _ELF_H
#define _ELF_H

#include <stdint.h>

typedef uint16_t Elf32_Half, Elf64_Half;
typedef uint32_t Elf32_Word, Elf64_Word;
typedef int32_t  Elf32_Sword, Elf64_Sword;
typedef uint64_t Elf64_Xword;
typedef int64_t  Elf64_Sxword;
typedef uint32_t Elf32_Addr, Elf32_Off;
typedef uint64_t Elf64_Addr, Elf64_Off;
typedef uint16_t Elf32_Section, Elf64_Section;
typedef Elf32_Half Elf32_Versym;
typedef Elf64_Half Elf64_Versym;

#define EI_NIDENT 16
typedef struct {
	unsigned char e_ident[EI_NIDENT];
	Elf32_Half e_type, e_machine; Elf32_Word e_version; Elf32_Addr e_entry;
	Elf32_Off e_phoff, e_shoff; Elf32_Word e_flags;
	Elf32_Half e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Elf32_Ehdr;
typedef struct {
	unsigned char e_ident[EI_NIDENT];
	Elf64_Half e_type, e_machine; Elf64_Word e_version; Elf64_Addr e_entry;
	Elf64_Off e_phoff, e_shoff; Elf64_Word e_flags;
	Elf64_Half e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Elf64_Ehdr;

typedef struct {
	Elf32_Word p_type; Elf32_Off p_offset; Elf32_Addr p_vaddr, p_paddr;
	Elf32_Word p_filesz, p_memsz, p_flags, p_align;
} Elf32_Phdr;
typedef struct {
	Elf64_Word p_type, p_flags; Elf64_Off p_offset; Elf64_Addr p_vaddr, p_paddr;
	Elf64_Xword p_filesz, p_memsz, p_align;
} Elf64_Phdr;

typedef struct {
	Elf32_Word st_name; Elf32_Addr st_value; Elf32_Word st_size;
	unsigned char st_info, st_other; Elf32_Section st_shndx;
} Elf32_Sym;
typedef struct {
	Elf64_Word st_name; unsigned char st_info, st_other; Elf64_Section st_shndx;
	Elf64_Addr st_value; Elf64_Xword st_size;
} Elf64_Sym;

typedef struct { Elf32_Sword d_tag; union { Elf32_Word d_val; Elf32_Addr d_ptr; } d_un; } Elf32_Dyn;
typedef struct { Elf64_Sxword d_tag; union { Elf64_Xword d_val; Elf64_Addr d_ptr; } d_un; } Elf64_Dyn;

#define PT_NULL    0
#define PT_LOAD    1
#define PT_DYNAMIC 2
#define PT_INTERP  3
#define PT_NOTE    4
#define PT_PHDR    6
#define PT_TLS     7
#define PT_GNU_STACK 0x6474e551
#define PF_X 1
#define PF_W 2
#define PF_R 4

#define DT_NULL   0
#define DT_HASH   4
#define DT_STRTAB 5
#define DT_SYMTAB 6
#define DT_GNU_HASH 0x6ffffef5

#define STT_FUNC   2
#define STB_GLOBAL 1
#define STB_WEAK   2
#define SHN_UNDEF  0
#define ELF_ST_TYPE(i) ((i) & 0xf)
#define ELF_ST_BIND(i) ((i) >> 4)

/* e_ident: the identification bytes. */
#define EI_MAG0 0
#define EI_MAG1 1
#define EI_MAG2 2
#define EI_MAG3 3
#define EI_CLASS 4
#define EI_DATA 5
#define EI_VERSION 6
#define EI_OSABI 7
#define EI_ABIVERSION 8
#define ELFMAG0 0x7f
#define ELFMAG1 'E'
#define ELFMAG2 'L'
#define ELFMAG3 'F'
#define ELFMAG "\177ELF"
#define SELFMAG 4
#define ELFCLASSNONE 0
#define ELFCLASS32 1
#define ELFCLASS64 2
#define ELFDATANONE 0
#define ELFDATA2LSB 1
#define ELFDATA2MSB 2
#define EV_NONE 0
#define EV_CURRENT 1
#define ET_NONE 0
#define ET_REL 1
#define ET_EXEC 2
#define ET_DYN 3
#define ET_CORE 4

/* Symbols: the width-specific spellings of ELF_ST_* and friends. */
#define STN_UNDEF 0
#define STT_NOTYPE 0
#define STT_OBJECT 1
#define STT_SECTION 3
#define STT_FILE 4
#define STT_TLS 6
#define STT_GNU_IFUNC 10
#define STB_LOCAL 0
#define SHN_ABS 0xfff1
#define ELF32_ST_BIND(i) ((i) >> 4)
#define ELF32_ST_TYPE(i) ((i) & 0xf)
#define ELF32_ST_INFO(b, t) (((b) << 4) + ((t) & 0xf))
#define ELF64_ST_BIND(i) ELF32_ST_BIND(i)
#define ELF64_ST_TYPE(i) ELF32_ST_TYPE(i)
#define ELF64_ST_INFO(b, t) ELF32_ST_INFO(b, t)

/* Symbol versioning (the vDSO's symbols are versioned). */
#define DT_STRSZ   10
#define DT_SYMENT  11
#define DT_VERSYM  0x6ffffff0
#define DT_VERDEF  0x6ffffffc
#define DT_VERDEFNUM 0x6ffffffd
#define VER_FLG_BASE 0x1
#define VER_FLG_WEAK 0x2
typedef struct {
	Elf32_Half vd_version, vd_flags, vd_ndx, vd_cnt;
	Elf32_Word vd_hash, vd_aux, vd_next;
} Elf32_Verdef;
typedef struct {
	Elf64_Half vd_version, vd_flags, vd_ndx, vd_cnt;
	Elf64_Word vd_hash, vd_aux, vd_next;
} Elf64_Verdef;
typedef struct { Elf32_Word vda_name, vda_next; } Elf32_Verdaux;
typedef struct { Elf64_Word vda_name, vda_next; } Elf64_Verdaux;

/* The auxiliary vector: its entries, and their types, as glibc's
 * <elf.h> has them. */
#include <bits/auxv.h>
typedef struct { uint32_t a_type; union { uint32_t a_val; } a_un; } Elf32_auxv_t;
typedef struct { uint64_t a_type; union { uint64_t a_val; } a_un; } Elf64_auxv_t;

#if __SIZEOF_POINTER__ == 8
#define ElfW(type) Elf64_##type
#else
#define ElfW(type) Elf32_##type
#endif

/* Dynamic-section tags and segment types dl_iterate_phdr's callers read. */
#define DT_NEEDED  1
#define DT_SONAME  14
#define PT_SHLIB   5
#define PT_GNU_EH_FRAME 0x6474e550
#define PT_GNU_RELRO    0x6474e552
#define PT_GNU_PROPERTY 0x6474e553

/* Relocations: what a static PIE's start-up applies to itself
 * (crt/pie/relocate.c).  REL arches keep the addend in the word itself,
 * RELA arches beside it; DT_RELR packs runs of relative relocations
 * into bitmaps. */
typedef struct { Elf32_Addr r_offset; Elf32_Word r_info; } Elf32_Rel;
typedef struct { Elf64_Addr r_offset; Elf64_Xword r_info; } Elf64_Rel;
typedef struct { Elf32_Addr r_offset; Elf32_Word r_info; Elf32_Sword r_addend; } Elf32_Rela;
typedef struct { Elf64_Addr r_offset; Elf64_Xword r_info; Elf64_Sxword r_addend; } Elf64_Rela;
typedef Elf32_Word Elf32_Relr;
typedef Elf64_Xword Elf64_Relr;
#define ELF32_R_SYM(i)  ((i) >> 8)
#define ELF32_R_TYPE(i) ((i) & 0xff)
#define ELF64_R_SYM(i)  ((i) >> 32)
#define ELF64_R_TYPE(i) ((i) & 0xffffffff)
#define DT_PLTRELSZ 2
#define DT_RELA    7
#define DT_RELASZ  8
#define DT_RELAENT 9
#define DT_REL     17
#define DT_RELSZ   18
#define DT_RELENT  19
#define DT_TEXTREL 22
#define DT_RELRSZ  35
#define DT_RELR    36
#define DT_RELRENT 37
#define DT_RELACOUNT 0x6ffffff9
#define DT_RELCOUNT  0x6ffffffa
/* Each architecture's "add the load bias" relocation. */
#define R_386_RELATIVE     8
#define R_X86_64_RELATIVE  8
#define R_AARCH64_RELATIVE 1027
#define R_ARM_RELATIVE     23
#define R_RISCV_RELATIVE   3
#define R_PPC64_RELATIVE   22
#define R_390_RELATIVE     12
#define R_MIPS_REL32       3

#endif
