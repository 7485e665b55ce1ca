/* <sys/signalfd.h>: signals read from a file descriptor. */
#ifndef _SYS_SIGNALFD_H
#define _SYS_SIGNALFD_H

#include <stdint.h>
#include <signal.h>
#include <bits/fcntl.h>
#include <bits/signalfd.h>  /* SFD_CLOEXEC, SFD_NONBLOCK: <linux/signalfd.h> */

/* What each read returns per signal: the kernel's 128-byte record. */
struct signalfd_siginfo {
	uint32_t ssi_signo;
	int32_t  ssi_errno;
	int32_t  ssi_code;
	uint32_t ssi_pid;
	uint32_t ssi_uid;
	int32_t  ssi_fd;
	uint32_t ssi_tid;
	uint32_t ssi_band;
	uint32_t ssi_overrun;
	uint32_t ssi_trapno;
	int32_t  ssi_status;
	int32_t  ssi_int;
	uint64_t ssi_ptr;
	uint64_t ssi_utime;
	uint64_t ssi_stime;
	uint64_t ssi_addr;
	uint16_t ssi_addr_lsb;
	uint16_t __pad2;
	int32_t  ssi_syscall;
	uint64_t ssi_call_addr;
	uint32_t ssi_arch;
	uint8_t  __pad[28];
};

/* fd -1: a new descriptor; else fd's mask becomes mask. */
int signalfd(int fd, const sigset_t *mask, int flags);

#endif
