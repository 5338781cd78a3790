#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Kernel

/// The kernel's sockets taking over the listening sockets `loupe-launch` opened, and binding as
/// usual whenever those cannot be used.
@Suite struct InheritedListenersTests {
    static let channels = ["shell", "control", "stdin", "iopub", "hb"]

    func info(ports: [Int], ip: String = "127.0.0.1") throws -> ConnectionInfo {
        let keys = ["shell_port", "control_port", "stdin_port", "iopub_port", "hb_port"]
        return try ConnectionInfo(json: .object([("ip", .string(ip)), ("key", "k")]
            + zip(keys, ports).map { ($0, JSON.int($1)) }))
    }

    func listeners(_ fds: [Int32]) -> InheritedListeners {
        let list = zip(Self.channels, fds).map { "\($0):\($1)" }.joined(separator: ",")
        return InheritedListeners(fds: list, pid: "\(getpid())")
    }

    /// The case the launcher exists for: a client that connected before the kernel's sockets existed
    /// waits in the backlog and is served once they adopt the listeners — with a reconnect interval
    /// of a minute, a refused connect could not have been retried within the test.
    @Test func aClientThatConnectedBeforeTheKernelBoundIsServed() throws {
        let opened = (0..<5).compactMap { _ in TCPListener() }
        try #require(opened.count == 5)
        let client = try #require(ZMQClient(endpoint: "tcp://127.0.0.1:\(opened[0].port)", reconnectMilliseconds: 60_000))
        client.send("hello")
        #expect(opened[0].hasPendingConnection(milliseconds: 5000))
        let sockets = try ZMQSockets(try info(ports: opened.map(\.port)), listeners: listeners(opened.map(\.fd)))
        #expect(sockets.adopted == 5)
        let frames = sockets.shell.receive(timeoutMilliseconds: 10_000)
        #expect(frames?.last == Array("hello".utf8))
        #expect(fcntl(opened[0].fd, F_GETFD) & FD_CLOEXEC != 0)
    }

    /// A listener on another port than the connection file's is closed (its port is free again) and
    /// the channel's port is bound as usual; the others are still adopted.
    @Test func aListenerOnTheWrongPortIsClosedAndThePortBoundAnew() throws {
        let opened = (0..<5).compactMap { _ in TCPListener() }
        let stray = try #require(TCPListener())
        try #require(opened.count == 5)
        let shellPort = opened[0].port
        close(opened[0].fd)
        let sockets = try ZMQSockets(try info(ports: opened.map(\.port)),
                                     listeners: listeners([stray.fd] + opened.dropFirst().map(\.fd)))
        #expect(sockets.adopted == 4)
        #expect(TCPListener.isFree(stray.port))
        let client = try #require(ZMQClient(endpoint: "tcp://127.0.0.1:\(shellPort)", reconnectMilliseconds: 100))
        client.send("bound anew")
        #expect(sockets.shell.receive(timeoutMilliseconds: 10_000)?.last == Array("bound anew".utf8))
    }

    /// A listener on another address than the file's `ip` is not adopted either.
    @Test func aListenerOnAnotherAddressIsNotAdopted() throws {
        let listener = try #require(TCPListener())
        #expect(InheritedListeners.listens(listener.fd, ip: "127.0.0.1", port: listener.port))
        #expect(!InheritedListeners.listens(listener.fd, ip: "127.0.0.2", port: listener.port))
        #expect(!InheritedListeners.listens(listener.fd, ip: "*", port: listener.port))
        #expect(!InheritedListeners.listens(listener.fd, ip: "localhost", port: listener.port))
        close(listener.fd)
    }

    /// Something that is not a listening socket is neither adopted nor closed: it is not the launcher's.
    @Test func aDescriptorThatIsNotAListenerIsLeftAlone() throws {
        var pipeEnds: [Int32] = [0, 0]
        try #require(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        let ports = (0..<5).compactMap { _ in TCPListener() }.map { listener in
            close(listener.fd)
            return listener.port
        }
        try #require(ports.count == 5)
        let sockets = try ZMQSockets(try info(ports: ports), listeners: listeners([pipeEnds[1]]))
        #expect(sockets.adopted == 0)
        var byte: UInt8 = 7
        #expect(write(pipeEnds[1], &byte, 1) == 1)
    }

    /// The variables name sockets for one process: inherited by another, or garbled, they name none.
    @Test func onlyWellFormedEntriesForThisProcessCount() {
        #expect(InheritedListeners(fds: "shell:3,hb:7", pid: "\(getpid())").count == 2)
        #expect(InheritedListeners(fds: "shell:3,hb:7", pid: "\(getpid() + 1)").count == 0)
        #expect(InheritedListeners(fds: "shell:3,hb:7", pid: nil).count == 0)
        #expect(InheritedListeners(fds: nil, pid: "\(getpid())").count == 0)
        #expect(InheritedListeners(fds: "shell:x,control:-1,,iopub:7:8,stdin", pid: "\(getpid())").count == 0)
    }

    /// Over ipc nothing is adopted, and a listener named anyway is closed.
    @Test func anIpcKernelAdoptsNothing() throws {
        let listener = try #require(TCPListener())
        let directory = "/tmp/loupe-ipc-test-\(getpid())"
        let info = try ConnectionInfo(json: .object([
            ("transport", "ipc"), ("ip", .string(directory)), ("shell_port", 1), ("control_port", 2),
            ("stdin_port", 3), ("iopub_port", 4), ("hb_port", 5), ("key", "k"),
        ]))
        let sockets = try ZMQSockets(info, listeners: listeners([listener.fd]))
        #expect(sockets.adopted == 0)
        #expect(TCPListener.isFree(listener.port))
        for port in 1...5 { unlink("\(directory)-\(port)") }
    }
}
