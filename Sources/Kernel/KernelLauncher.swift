#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a kernel for a connection file until a shutdown request: binds the
/// sockets, starts heartbeat, control, shell and iopub threads, and turns
/// SIGINT into an interrupt (the kernel never dies of it).
public enum KernelLauncher {
    /// The sockets are bound before the engine is made: a client connects right after it starts
    /// the process, and a connection refused because the port is not open yet is retried only
    /// 100 ms later, which would be most of the start time.
    public static func run(connectionFile: String, engine makeEngine: () -> KernelEngine) throws -> Never {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_BLOCK, &signals, nil)

        let info = try ConnectionInfo(path: connectionFile)
        let sockets = try ZMQSockets(info)
        sockets.startHeartbeat()
        let engine = makeEngine()
        let codec = WireCodec(signer: Signer(key: info.key))
        let server = KernelServer(engine: engine, codec: codec, shell: sockets.shell, control: sockets.control,
                                  stdin: sockets.stdin, iopub: sockets.iopub, firstSubscriberWait: 2000,
                                  onShutdown: { _ in exit(0) })
        server.start()
        exitWhenOrphaned()
        while true {
            var received: Int32 = 0
            if sigwait(&signals, &received) == 0, received == SIGINT {
                server.interruptExecution()
            }
        }
    }

    /// When Jupyter's client started us directly (`JPY_PARENT_PID` is our parent),
    /// exit once that parent is gone rather than linger as an orphan.
    private static func exitWhenOrphaned() {
        let parent = getppid()
        guard let value = getenv("JPY_PARENT_PID"), Int32(String(cString: value)) == parent, parent > 1 else { return }
        KernelThread.spawn {
            while getppid() == parent { sleep(1) }
            Log.warn("the process that started the kernel is gone; exiting")
            exit(0)
        }
    }
}
