#define _GNU_SOURCE
#include "cplatform.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static int signal_pipe[2] = {-1, -1};
static volatile sig_atomic_t caught_signal = 0;

static void on_signal(int number) {
    int saved = errno;
    if (caught_signal == 0) {
        caught_signal = number;
    }
    char byte = (char)number;
    ssize_t written = write(signal_pipe[1], &byte, 1);
    (void)written;
    errno = saved;
}

static const int trapped_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void cplatform_unblock_trapped_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    for (unsigned i = 0; i < sizeof trapped_signals / sizeof trapped_signals[0]; i++) {
        sigaddset(&set, trapped_signals[i]);
    }
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int cplatform_trap_signals(void) {
    if (pipe2(signal_pipe, O_CLOEXEC) != 0) {
        return -1;
    }
    struct sigaction action = {0};
    action.sa_handler = on_signal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof trapped_signals / sizeof trapped_signals[0]; i++) {
        /* A signal the process was started with ignored (nohup, a shell's trap '' INT) stays
           ignored, as POSIX tools leave it. */
        struct sigaction inherited;
        if (sigaction(trapped_signals[i], NULL, &inherited) == 0
            && inherited.sa_handler == SIG_IGN) {
            continue;
        }
        if (sigaction(trapped_signals[i], &action, NULL) != 0) {
            return -1;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    return signal_pipe[0];
}

int cplatform_caught_signal(void) {
    return caught_signal;
}

int cplatform_rename_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    (void)from;
    (void)to;
    errno = ENOSYS;
    return -1;
#endif
}
