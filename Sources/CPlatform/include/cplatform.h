#ifndef DEMODATA_CPLATFORM_H
#define DEMODATA_CPLATFORM_H

/* Atomically swaps two paths (both must exist). Returns 0, or -1 with errno set; ENOSYS or
   EINVAL where the system or file system cannot exchange. */
int cplatform_rename_exchange(const char *from, const char *to);

#endif
