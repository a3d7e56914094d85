#ifndef DEMODATA_CPLATFORM_H
#define DEMODATA_CPLATFORM_H

/* Atomically swaps two paths (both must exist). Returns 0, or -1 with errno set; ENOSYS or
   EINVAL where the system or file system cannot exchange. */
int cplatform_rename_exchange(const char *from, const char *to);

/* Catches SIGINT, SIGTERM, SIGHUP and SIGQUIT with a handler that records the first signal
   and writes its number to a pipe, and ignores SIGPIPE (so a write to a closed pipe fails with
   EPIPE instead of killing the process). A signal the process inherited as ignored stays
   ignored. Returns the pipe's read end, which a watcher thread reads, or -1 with errno set.
   Call once. */
int cplatform_trap_signals(void);

/* Unblocks those four signals for the calling thread: a process may start with them blocked
   (a parent's thread mask is inherited), which would leave them pending forever. */
void cplatform_unblock_trapped_signals(void);

/* The first signal caught since cplatform_trap_signals, or 0. */
int cplatform_caught_signal(void);

#endif
