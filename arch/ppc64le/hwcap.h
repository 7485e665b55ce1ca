/* glibc's spellings of the kernel's <asm/cputable.h> bits where they
 * differ (its older names, kept by glibc's <bits/hwcap.h>). */
#define PPC_FEATURE_CELL_BE         PPC_FEATURE_CELL
#define PPC_FEATURE2_HAS_DSCR       PPC_FEATURE2_DSCR
#define PPC_FEATURE2_HAS_EBB        PPC_FEATURE2_EBB
#define PPC_FEATURE2_HAS_HTM        PPC_FEATURE2_HTM
#define PPC_FEATURE2_HAS_ISEL       PPC_FEATURE2_ISEL
#define PPC_FEATURE2_HAS_TAR        PPC_FEATURE2_TAR
#define PPC_FEATURE2_HAS_VEC_CRYPTO PPC_FEATURE2_VEC_CRYPTO
