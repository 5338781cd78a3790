/* The kernel's TCP ports opened by the launcher, so that a client's first connect is queued in the
   socket's backlog while the kernel starts instead of being refused (ZeroMQ retries a refused
   connect only after its reconnect interval, 100 ms by default). */
#include "listeners.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

/* libzmq's own listen backlog (ZMQ_BACKLOG's default). */
enum { BACKLOG = 100 };

/* A socket listening on address:port and left open across exec (no FD_CLOEXEC), or -1. */
static int open_listener(struct in_addr address, int port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, IPPROTO_TCP);
    if (fd < 0) return -1;
    int on = 1;
    struct sockaddr_in where = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr = address};
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0
        || bind(fd, (struct sockaddr *)&where, sizeof where) != 0 || listen(fd, BACKLOG) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int listeners_open(const struct connection *connection, int fds[CHANNEL_COUNT]) {
    for (int channel = 0; channel < CHANNEL_COUNT; channel++) {
        fds[channel] = open_listener(connection->address, connection->ports[channel]);
        if (fds[channel] < 0) {
            for (int opened = 0; opened < channel; opened++) close(fds[opened]);
            return -1;
        }
    }
    return 0;
}

void listeners_close(const int fds[CHANNEL_COUNT]) {
    for (int channel = 0; channel < CHANNEL_COUNT; channel++) close(fds[channel]);
}

int listeners_announce(const int fds[CHANNEL_COUNT]) {
    char list[CHANNEL_COUNT * 24];
    char pid[24];
    size_t used = 0;
    for (int channel = 0; channel < CHANNEL_COUNT; channel++) {
        int written = snprintf(list + used, sizeof list - used, "%s%s:%d", channel ? "," : "", channel_name(channel), fds[channel]);
        if (written < 0 || (size_t)written >= sizeof list - used) return -1;
        used += (size_t)written;
    }
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    if (setenv("LOUPE_LISTEN_FDS", list, 1) != 0 || setenv("LOUPE_LISTEN_PID", pid, 1) != 0) {
        listeners_withdraw();
        return -1;
    }
    return 0;
}

void listeners_withdraw(void) {
    unsetenv("LOUPE_LISTEN_FDS");
    unsetenv("LOUPE_LISTEN_PID");
}
