/* The demo: what a taskrt program sees when it starts. */
#include <stdio.h>
#include <sys/auxv.h>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char self[4096];
	long size = 0;
	ssize_t n;
	int fd;

	printf("taskrt demo: %d argument%s\n", argc, argc == 1 ? "" : "s");
	for (int i = 0; i < argc; i++)
		printf("  argv[%d] = \"%s\"\n", i, argv[i]);
	printf("auxv: page size %lu, hwcap %#lx, entry %#lx, %lu program headers at %#lx\n",
	       getauxval(AT_PAGESZ), getauxval(AT_HWCAP), getauxval(AT_ENTRY),
	       getauxval(AT_PHNUM), getauxval(AT_PHDR));
	printf("      platform \"%s\", executable \"%s\"\n",
	       (const char *)getauxval(AT_PLATFORM) ? (const char *)getauxval(AT_PLATFORM) : "?",
	       (const char *)getauxval(AT_EXECFN) ? (const char *)getauxval(AT_EXECFN) : "?");
	fd = open((const char *)getauxval(AT_EXECFN), O_RDONLY);
	while (fd >= 0 && (n = read(fd, self, sizeof self)) > 0)
		size += n;
	printf("this static binary is %ld bytes\n", size);
	return 0;
}
