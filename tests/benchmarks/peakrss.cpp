// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a command and prints its peak resident memory, as the kernel counted
// it (wait4's ru_maxrss), on standard error:
//
//   bench_peakrss COMMAND [ARGUMENTS...]
//   peak resident memory: N KiB
//
// Standard streams pass through; the exit status is the command's (128 +
// signal when a signal ended it). Used by cli-memory.sh, so that no sampling
// can miss the peak and nothing beyond the build is needed.
#include <cstdio>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_peakrss COMMAND [ARGUMENTS...]\n");
        return 2;
    }
    const pid_t child = fork();
    if (child < 0) {
        std::perror("bench_peakrss: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[1], argv + 1);
        std::perror("bench_peakrss: exec");
        _exit(127);
    }
    int status = 0;
    rusage usage = {};
    if (wait4(child, &status, 0, &usage) != child) {
        std::perror("bench_peakrss: wait4");
        return 2;
    }
#ifdef __APPLE__
    const long kib = usage.ru_maxrss / 1024; // bytes there
#else
    const long kib = usage.ru_maxrss; // KiB on Linux
#endif
    std::fprintf(stderr, "peak resident memory: %ld KiB\n", kib);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
