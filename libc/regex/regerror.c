#include <regex.h>
#include <string.h>

/* glibc's texts, by error code. */
static const char *const texts[] = {
	[REG_NOERROR] = "Success",
	[REG_NOMATCH] = "No match",
	[REG_BADPAT] = "Invalid regular expression",
	[REG_ECOLLATE] = "Invalid collation character",
	[REG_ECTYPE] = "Invalid character class name",
	[REG_EESCAPE] = "Trailing backslash",
	[REG_ESUBREG] = "Invalid back reference",
	[REG_EBRACK] = "Unmatched [, [^, [:, [., or [=",
	[REG_EPAREN] = "Unmatched ( or \\(",
	[REG_EBRACE] = "Unmatched \\{",
	[REG_BADBR] = "Invalid content of \\{\\}",
	[REG_ERANGE] = "Invalid range end",
	[REG_ESPACE] = "Memory exhausted",
	[REG_BADRPT] = "Invalid preceding regular expression",
	[REG_EEND] = "Premature end of regular expression",
	[REG_ESIZE] = "Regular expression too big",
	[REG_ERPAREN] = "Unmatched ) or \\)",
};

/* The text for error, cut to fit size bytes with its NUL; returns the
 * size it needs.  (glibc aborts for a code it does not know; this says
 * "Unknown error".) */
weak size_t regerror(int error, const regex_t *restrict re, char *restrict buf, size_t size)
{
	const char *text = error >= 0 && error < (int)(sizeof texts / sizeof *texts)
	                   ? texts[error] : "Unknown error";
	size_t n = strlen(text) + 1;

	(void)re;
	if (size) {
		size_t copy = n < size ? n : size;

		memcpy(buf, text, copy - 1);
		buf[copy - 1] = 0;
	}
	return n;
}
