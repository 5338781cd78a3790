/* Reads a Jupyter connection file with a small strict JSON scanner: the whole file must be one JSON
   object; only its top-level "transport", "ip" and five port members are kept. Anything the scanner
   does not accept makes the file unusable here, and the kernel then reads it itself as always. */
#include "connection_file.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

enum { MAX_FILE = 1 << 20, MAX_DEPTH = 64, MAX_TEXT = 64 };

static const char *const channel_names[CHANNEL_COUNT] = {"shell", "control", "stdin", "iopub", "hb"};
static const char *const port_keys[CHANNEL_COUNT] = {"shell_port", "control_port", "stdin_port", "iopub_port", "hb_port"};

const char *channel_name(enum channel channel) { return channel_names[channel]; }

struct scanner {
    const char *at;
    const char *end;
};

/* A string's text when it is short and has no escapes (escaped text is never needed here). */
struct text {
    char value[MAX_TEXT];
    int usable;
};

static void skip_space(struct scanner *s) {
    while (s->at < s->end && (*s->at == ' ' || *s->at == '\t' || *s->at == '\n' || *s->at == '\r')) s->at++;
}

static int take(struct scanner *s, char expected) {
    skip_space(s);
    if (s->at >= s->end || *s->at != expected) return -1;
    s->at++;
    return 0;
}

/* string -> '"' (char | '\' escape)* '"'; the opening quote is already taken. */
static int scan_string(struct scanner *s, struct text *text) {
    size_t length = 0;
    text->usable = 1;
    while (s->at < s->end) {
        unsigned char c = (unsigned char)*s->at++;
        if (c == '"') {
            text->value[length] = '\0';
            return 0;
        }
        if (c < 0x20) return -1;
        if (c == '\\') {
            if (s->at >= s->end) return -1;
            char escaped = *s->at++;
            if (escaped == 'u') {
                for (int i = 0; i < 4; i++, s->at++) {
                    if (s->at >= s->end || !strchr("0123456789abcdefABCDEF", *s->at)) return -1;
                }
            } else if (!strchr("\"\\/bfnrt", escaped)) {
                return -1;
            }
            text->usable = 0;
        } else if (length + 1 < MAX_TEXT) {
            text->value[length++] = (char)c;
        } else {
            text->usable = 0;
        }
    }
    return -1;
}

/* number -> '-'? digits ('.' digits)? (('e' | 'E') ('+' | '-')? digits)?; `integer` is its value when
   it is a plain non-negative integer of at most six digits, else -1. */
static int scan_number(struct scanner *s, long *integer) {
    const char *start = s->at;
    int plain = 1;
    long value = 0;
    if (s->at < s->end && *s->at == '-') { s->at++; plain = 0; }
    const char *digits = s->at;
    while (s->at < s->end && *s->at >= '0' && *s->at <= '9') {
        if (s->at - digits < 6) value = value * 10 + (*s->at - '0'); else plain = 0;
        s->at++;
    }
    if (s->at == digits || (*digits == '0' && s->at - digits > 1)) return -1;
    if (s->at < s->end && *s->at == '.') {
        s->at++;
        plain = 0;
        const char *fraction = s->at;
        while (s->at < s->end && *s->at >= '0' && *s->at <= '9') s->at++;
        if (s->at == fraction) return -1;
    }
    if (s->at < s->end && (*s->at == 'e' || *s->at == 'E')) {
        s->at++;
        plain = 0;
        if (s->at < s->end && (*s->at == '+' || *s->at == '-')) s->at++;
        const char *exponent = s->at;
        while (s->at < s->end && *s->at >= '0' && *s->at <= '9') s->at++;
        if (s->at == exponent) return -1;
    }
    *integer = plain && s->at > start ? value : -1;
    return 0;
}

static int scan_value(struct scanner *s, int depth);

/* object -> '{' (string ':' value (',' string ':' value)*)? '}'; array -> '[' (value (',' value)*)? ']';
   the opening bracket is already taken. Members of nested objects are only checked, never kept. */
static int scan_container(struct scanner *s, char close, int depth) {
    if (depth > MAX_DEPTH) return -1;
    skip_space(s);
    if (s->at < s->end && *s->at == close) { s->at++; return 0; }
    for (;;) {
        if (close == '}') {
            struct text key;
            if (take(s, '"') != 0 || scan_string(s, &key) != 0 || take(s, ':') != 0) return -1;
        }
        if (scan_value(s, depth + 1) != 0) return -1;
        skip_space(s);
        if (s->at >= s->end) return -1;
        char next = *s->at++;
        if (next == close) return 0;
        if (next != ',') return -1;
    }
}

static int scan_literal(struct scanner *s, const char *word) {
    size_t length = strlen(word);
    if ((size_t)(s->end - s->at) < length || memcmp(s->at, word, length) != 0) return -1;
    s->at += length;
    return 0;
}

/* value -> object | array | string | number | 'true' | 'false' | 'null' */
static int scan_value(struct scanner *s, int depth) {
    skip_space(s);
    if (s->at >= s->end) return -1;
    char c = *s->at;
    if (c == '{' || c == '[') { s->at++; return scan_container(s, c == '{' ? '}' : ']', depth); }
    if (c == '"') { struct text ignored; s->at++; return scan_string(s, &ignored); }
    if (c == '-' || (c >= '0' && c <= '9')) { long ignored; return scan_number(s, &ignored); }
    return scan_literal(s, c == 't' ? "true" : c == 'f' ? "false" : "null");
}

/* The members this launcher keeps, each at most once. */
struct members {
    struct text transport, ip;
    int has_transport, has_ip;
    long ports[CHANNEL_COUNT];
};

/* One top-level member: a kept one is read, any other scanned past. */
static int scan_member(struct scanner *s, struct members *m) {
    struct text key;
    if (take(s, '"') != 0 || scan_string(s, &key) != 0 || take(s, ':') != 0) return -1;
    skip_space(s);
    if (!key.usable) return scan_value(s, 1);
    for (int channel = 0; channel < CHANNEL_COUNT; channel++) {
        if (strcmp(key.value, port_keys[channel]) != 0) continue;
        if (m->ports[channel] != -2) return -1;
        if (s->at >= s->end || *s->at == '-' || !(*s->at >= '0' && *s->at <= '9')) return -1;
        return scan_number(s, &m->ports[channel]);
    }
    int is_transport = strcmp(key.value, "transport") == 0;
    if (is_transport || strcmp(key.value, "ip") == 0) {
        int *seen = is_transport ? &m->has_transport : &m->has_ip;
        if (*seen || take(s, '"') != 0) return -1;
        *seen = 1;
        return scan_string(s, is_transport ? &m->transport : &m->ip);
    }
    return scan_value(s, 1);
}

/* file -> object, with only white space after it */
static int scan_file(struct scanner *s, struct members *m) {
    if (take(s, '{') != 0) return -1;
    skip_space(s);
    if (s->at < s->end && *s->at == '}') { s->at++; skip_space(s); return s->at == s->end ? 0 : -1; }
    for (;;) {
        if (scan_member(s, m) != 0) return -1;
        skip_space(s);
        if (s->at >= s->end) return -1;
        char next = *s->at++;
        if (next == '}') break;
        if (next != ',') return -1;
    }
    skip_space(s);
    return s->at == s->end ? 0 : -1;
}

/* The members as a connection: TCP, an IPv4 address or "*", five distinct ports from 1 to 65535. */
static int to_connection(const struct members *m, struct connection *connection) {
    if (m->has_transport && !(m->transport.usable && strcmp(m->transport.value, "tcp") == 0)) return -1;
    const char *ip = m->has_ip ? m->ip.value : "127.0.0.1";
    if (m->has_ip && !m->ip.usable) return -1;
    if (strcmp(ip, "*") == 0) {
        connection->address.s_addr = htonl(INADDR_ANY);
    } else if (inet_pton(AF_INET, ip, &connection->address) != 1) {
        return -1;
    }
    for (int channel = 0; channel < CHANNEL_COUNT; channel++) {
        long port = m->ports[channel];
        if (port < 1 || port > 65535) return -1;
        for (int other = 0; other < channel; other++) {
            if (connection->ports[other] == port) return -1;
        }
        connection->ports[channel] = (int)port;
    }
    return 0;
}

int connection_read(const char *path, struct connection *connection) {
    static char bytes[MAX_FILE];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t length = 0;
    for (;;) {
        ssize_t count = read(fd, bytes + length, MAX_FILE - length);
        if (count < 0) { close(fd); return -1; }
        if (count == 0) break;
        length += (size_t)count;
        if (length == MAX_FILE) { close(fd); return -1; }
    }
    close(fd);
    return connection_parse(bytes, length, connection);
}

int connection_parse(const char *bytes, size_t length, struct connection *connection) {
    struct members members = {.ports = {-2, -2, -2, -2, -2}};
    struct scanner scanner = {bytes, bytes + length};
    if (scan_file(&scanner, &members) != 0) return -1;
    return to_connection(&members, connection);
}
