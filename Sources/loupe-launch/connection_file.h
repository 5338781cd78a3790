/* The part of a Jupyter connection file that loupe-launch needs: where to listen. */
#ifndef LOUPE_LAUNCH_CONNECTION_FILE_H
#define LOUPE_LAUNCH_CONNECTION_FILE_H

#include <netinet/in.h>
#include <stddef.h>

/* The five channels, in the order their ports are read and their sockets announced. */
enum channel { CHANNEL_SHELL, CHANNEL_CONTROL, CHANNEL_STDIN, CHANNEL_IOPUB, CHANNEL_HB, CHANNEL_COUNT };

/* The channel's name in LOUPE_LISTEN_FDS ("shell", "control", "stdin", "iopub", "hb"). */
const char *channel_name(enum channel channel);

/* A connection file that asks for TCP on an IPv4 address (or "*") with five distinct ports. */
struct connection {
    struct in_addr address;
    int ports[CHANNEL_COUNT];
};

/* Reads `path`; 0 when it is such a file, -1 for anything else (unreadable, not JSON, ipc transport,
   a host name, a port missing, 0 or repeated …): the caller then starts the kernel without help. */
int connection_read(const char *path, struct connection *connection);

/* The same for the file's `length` bytes. */
int connection_parse(const char *bytes, size_t length, struct connection *connection);

#endif
