/* s390's AT_HWCAP bits, whose kernel header (arch/s390/include/asm/elf.h,
 * HWCAP_NR_*) is not uapi: bit n is facility n of that list, under
 * glibc's names (the later aliases are the kernel's newer short names). */
#define HWCAP_S390_ESAN3     (1 << 0)
#define HWCAP_S390_ZARCH     (1 << 1)
#define HWCAP_S390_STFLE     (1 << 2)
#define HWCAP_S390_MSA       (1 << 3)
#define HWCAP_S390_LDISP     (1 << 4)
#define HWCAP_S390_EIMM      (1 << 5)
#define HWCAP_S390_DFP       (1 << 6)
#define HWCAP_S390_HPAGE     (1 << 7)
#define HWCAP_S390_ETF3EH    (1 << 8)
#define HWCAP_S390_HIGH_GPRS (1 << 9)
#define HWCAP_S390_TE        (1 << 10)
#define HWCAP_S390_VX        (1 << 11)
#define HWCAP_S390_VXD       (1 << 12)
#define HWCAP_S390_VXE       (1 << 13)
#define HWCAP_S390_GS        (1 << 14)
#define HWCAP_S390_VXRS_EXT2 (1 << 15)
#define HWCAP_S390_VXRS_PDE  (1 << 16)
#define HWCAP_S390_SORT      (1 << 17)
#define HWCAP_S390_DFLT      (1 << 18)
#define HWCAP_S390_VXRS_PDE2 (1 << 19)
#define HWCAP_S390_NNPA      (1 << 20)
#define HWCAP_S390_PCI_MIO   (1 << 21)
#define HWCAP_S390_SIE       (1 << 22)
#define HWCAP_S390_VXRS      HWCAP_S390_VX
#define HWCAP_S390_VXRS_BCD  HWCAP_S390_VXD
#define HWCAP_S390_VXRS_EXT  HWCAP_S390_VXE
