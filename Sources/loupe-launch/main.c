/* loupe-launch COMMAND [ARGUMENT...]: what Loupe's kernelspec runs. It opens the TCP ports named by
   the connection file after COMMAND's "-f" (or "--connection-file") and listens on them, then execs
   COMMAND (`loupe kernel -f FILE`), which adopts the listening sockets (LOUPE_LISTEN_FDS). Started in
   well under a millisecond, it has the ports open before a client that starts the kernel can
   connect. Whenever it cannot (no such file, ipc transport, a port taken …) it execs COMMAND exactly
   as given and the kernel binds as it would alone. Exec keeps the process id, so signals, Jupyter's
   kill and JPY_PARENT_PID reach the kernel itself. */
#include "connection_file.h"
#include "listeners.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The argument after "-f" or "--connection-file", or "--connection-file=FILE"'s FILE; NULL if none. */
static const char *connection_file_argument(char *const *command) {
    static const char long_option[] = "--connection-file";
    for (int i = 1; command[i]; i++) {
        if ((strcmp(command[i], "-f") == 0 || strcmp(command[i], long_option) == 0) && command[i + 1]) return command[i + 1];
        size_t length = sizeof long_option - 1;
        if (strncmp(command[i], long_option, length) == 0 && command[i][length] == '=') return command[i] + length + 1;
    }
    return NULL;
}

/* With LOUPE_START_TRACE (CLOCK_MONOTONIC nanoseconds just before the process was started, as
   bench/kernel_start.py sets it), says on stderr when the ports were listening. */
static void trace_listening(void) {
    const char *origin = getenv("LOUPE_START_TRACE");
    if (!origin) return;
    struct timespec now, cpu;
    clock_gettime(CLOCK_MONOTONIC, &now);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    double wall = ((double)now.tv_sec * 1e9 + (double)now.tv_nsec - strtod(origin, NULL)) / 1e6;
    double used = ((double)cpu.tv_sec * 1e9 + (double)cpu.tv_nsec) / 1e6;
    fprintf(stderr, "loupe-launch: start trace: ports listening %.1f ms after exec (CPU %.1f ms)\n", wall, used);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: loupe-launch COMMAND [ARGUMENT...]\n"
                        "Opens the kernel's TCP ports from COMMAND's connection file (-f FILE), then runs COMMAND.\n");
        return 2;
    }
    char **command = argv + 1;
    const char *file = connection_file_argument(command);
    struct connection connection;
    int fds[CHANNEL_COUNT];
    int listening = file && connection_read(file, &connection) == 0 && listeners_open(&connection, fds) == 0;
    if (listening && listeners_announce(fds) != 0) {
        listeners_close(fds);
        listening = 0;
    }
    if (listening) trace_listening();
    execvp(command[0], command);
    int failure = errno;
    if (listening) {
        listeners_close(fds);
        listeners_withdraw();
    }
    fprintf(stderr, "loupe-launch: cannot run '%s': %s\n", command[0], strerror(failure));
    return 127;
}
