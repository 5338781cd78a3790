/* Listening TCP sockets opened before the kernel starts, inherited by it across exec. */
#ifndef LOUPE_LAUNCH_LISTENERS_H
#define LOUPE_LAUNCH_LISTENERS_H

#include "connection_file.h"

/* Opens, binds and listens on a non-blocking socket per channel, each kept open across exec;
   0 with `fds` filled, or -1 with nothing left open. */
int listeners_open(const struct connection *connection, int fds[CHANNEL_COUNT]);

/* Closes every socket of `fds` (after a failed exec, so a retry can bind the ports). */
void listeners_close(const int fds[CHANNEL_COUNT]);

/* Sets LOUPE_LISTEN_FDS ("shell:3,control:4,…") and LOUPE_LISTEN_PID (this process, which exec
   keeps) for the kernel; 0, or -1 with neither set. */
int listeners_announce(const int fds[CHANNEL_COUNT]);

/* Removes both variables again. */
void listeners_withdraw(void);

#endif
