#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The listening TCP sockets `loupe-launch` opened on the kernel's ports before it exec'd the kernel,
/// named by `LOUPE_LISTEN_FDS` (`shell:3,control:4,stdin:5,iopub:6,hb:7`) for the process
/// `LOUPE_LISTEN_PID`. The kernel's ZeroMQ sockets adopt them (`ZMQ_USE_FD`): a client that connected
/// while the kernel was starting waits in the socket's backlog instead of being refused and retrying
/// only after ZeroMQ's reconnect interval (100 ms). A socket is adopted only if it listens on exactly
/// the connection file's address and port; any other listening socket named is closed, so that the
/// port can be bound as usual, and anything that is not a listening socket is left alone.
public struct InheritedListeners: Sendable {
    public static let fdsVariable = "LOUPE_LISTEN_FDS"
    public static let pidVariable = "LOUPE_LISTEN_PID"

    private struct Entry: Sendable {
        let channel: String
        let fd: Int32
    }

    private var entries: [Entry]

    /// No inherited sockets: every port is bound as usual.
    public static let none = InheritedListeners(entries: [])

    private init(entries: [Entry]) { self.entries = entries }

    /// The sockets the two variables' values name; none when either is missing, the pid is not
    /// `currentPID` (the variables were inherited, not meant for this process) or no entry parses.
    public init(fds: String?, pid: String?, currentPID: Int32 = getpid()) {
        guard let fds, let pid, Int32(pid) == currentPID else {
            self.init(entries: [])
            return
        }
        self.init(entries: fds.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let fd = Int32(parts[1]), fd >= 0 else { return nil }
            return Entry(channel: String(parts[0]), fd: fd)
        })
    }

    /// The sockets the environment names; both variables are removed, so that nothing the kernel
    /// starts inherits them.
    public static func fromEnvironment() -> InheritedListeners {
        let read = { (name: String) in getenv(name).map { String(cString: $0) } }
        let listeners = InheritedListeners(fds: read(fdsVariable), pid: read(pidVariable))
        unsetenv(fdsVariable)
        unsetenv(pidVariable)
        return listeners
    }

    /// How many sockets are named.
    public var count: Int { entries.count }

    /// The socket for `channel` when it is a TCP socket listening on `ip`:`port` (`*` for any
    /// address), now closed on exec; every other listening socket named for the channel is closed.
    mutating func take(_ channel: String, ip: String, port: Int) -> Int32? {
        var adopted: Int32?
        for entry in entries where entry.channel == channel {
            if adopted == nil, Self.listens(entry.fd, ip: ip, port: port) {
                _ = fcntl(entry.fd, F_SETFD, FD_CLOEXEC)
                adopted = entry.fd
            } else {
                Log.warn("the socket loupe-launch opened for \(channel) (fd \(entry.fd)) is not listening on \(ip):\(port); binding the port anew")
                Self.closeIfListening(entry.fd)
            }
        }
        entries.removeAll { $0.channel == channel }
        return adopted
    }

    /// Closes the listening sockets named that no channel took.
    mutating func closeRest() {
        for entry in entries { Self.closeIfListening(entry.fd) }
        entries = []
    }

    /// Whether `fd` is a TCP socket listening on the IPv4 address `ip` (or any, for `*`) and `port`.
    static func listens(_ fd: Int32, ip: String, port: Int) -> Bool {
        guard isListening(fd), intOption(fd, SO_TYPE) == streamType else { return false }
        var expected = in_addr()
        if ip == "*" {
            expected.s_addr = 0
        } else if inet_pton(AF_INET, ip, &expected) != 1 {
            return false
        }
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return named == 0 && length == MemoryLayout<sockaddr_in>.size && address.sin_family == sa_family_t(AF_INET)
            && Int(UInt16(bigEndian: address.sin_port)) == port && address.sin_addr.s_addr == expected.s_addr
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    #else
    private static let streamType = SOCK_STREAM
    #endif

    private static func isListening(_ fd: Int32) -> Bool { intOption(fd, SO_ACCEPTCONN) == 1 }

    private static func closeIfListening(_ fd: Int32) {
        if isListening(fd) { close(fd) }
    }

    private static func intOption(_ fd: Int32, _ option: Int32) -> Int32? {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(fd, SOL_SOCKET, option, &value, &length) == 0 ? value : nil
    }
}
