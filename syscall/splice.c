/* Copies inside the kernel: sendfile, copy_file_range, splice, tee and
 * vmsplice.  Offsets are 64-bit (loff_t) on every arch: 32-bit arches
 * call sendfile64, the others' sendfile takes a 64-bit offset already. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_sendfile64
#define SYS_SENDFILE SYS_sendfile64
#else
#define SYS_SENDFILE SYS_sendfile
#endif

weak ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count)
{
	return syscall_errno(SYS_SENDFILE, out_fd, in_fd, offset, count);
}

weak ssize_t copy_file_range(int in_fd, off_t *in_offset, int out_fd, off_t *out_offset, size_t count,
                             unsigned flags)
{
	return syscall_errno(SYS_copy_file_range, in_fd, in_offset, out_fd, out_offset, count, flags);
}

weak ssize_t splice(int in_fd, off_t *in_offset, int out_fd, off_t *out_offset, size_t count,
                    unsigned flags)
{
	return syscall_errno(SYS_splice, in_fd, in_offset, out_fd, out_offset, count, flags);
}

weak ssize_t tee(int in_fd, int out_fd, size_t count, unsigned flags)
{
	return syscall_errno(SYS_tee, in_fd, out_fd, count, flags);
}

weak ssize_t vmsplice(int fd, const struct iovec *iov, size_t count, unsigned flags)
{
	return syscall_errno(SYS_vmsplice, fd, iov, count, flags);
}
