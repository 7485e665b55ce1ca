/* <elf.h>: the names a vDSO or program-header parser uses, with the
 * values the ELF specification gives them, checked against this very
 * program's own header (found through getauxval(AT_PHDR)), and the
 * vDSO's class; <wait.h> as the old name of <sys/wait.h>; <sys/stat.h>'s
 * BSD mode shorthands. */
#include <elf.h>
#include <wait.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include "check.h"

int main(void)
{
	CHECK_INT(EI_CLASS, 4);
	CHECK_INT(ELF64_ST_TYPE(0x12), STT_FUNC);
	CHECK_INT(ELF32_ST_BIND(0x12), STB_GLOBAL);
	CHECK_INT(ELF64_ST_INFO(STB_WEAK, STT_FUNC), 0x22);
	CHECK_INT(DT_VERSYM, 0x6ffffff0);
	CHECK_INT(DT_VERDEF, 0x6ffffffc);
	CHECK_INT(VER_FLG_BASE, 1);
	CHECK_INT(STN_UNDEF, 0);
	CHECK_INT(AT_NULL, 0);
	CHECK_INT(sizeof(Elf64_Verdef), 20);
	CHECK_INT(sizeof(Elf64_Verdaux), 8);
	CHECK_INT(sizeof(Elf64_auxv_t), 16);
	CHECK_INT(sizeof(Elf32_auxv_t), 8);
	const unsigned char *vdso = (const unsigned char *)getauxval(AT_SYSINFO_EHDR);
	if (vdso) {
		CHECK(vdso[EI_MAG0] == ELFMAG0 && vdso[EI_MAG1] == ELFMAG1);
		CHECK_INT(vdso[EI_CLASS], sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32);
	}
	CHECK_INT(DEFFILEMODE, 0666);
	CHECK_INT(ACCESSPERMS, 0777);
	CHECK_INT(ALLPERMS, 07777);
	CHECK_INT(WEXITSTATUS(0x0700), 7);
	return check_done();
}
