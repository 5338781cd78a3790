#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Runs a kernel for a connection file until a shutdown request: binds the
/// sockets, starts heartbeat, control, shell and iopub threads, and turns
/// SIGINT into an interrupt (the kernel never dies of it).
public enum KernelLauncher {
    /// The sockets are bound first, and the engine is made on a thread of its own while the kernel
    /// already answers (`kernel_info` needs only `language`): a client connects right after it starts
    /// the process, a connection refused because the port is not open yet is retried only 100 ms
    /// later, and jupyter_client's first request is a `kernel_info_request`. Started by `loupe-launch`
    /// (the kernelspec's argv), the kernel finds its TCP ports already listening and adopts those
    /// sockets (`InheritedListeners`), so no early connect is refused at all.
    public static func run(connectionFile: String, language: LanguageInfo,
                           engine makeEngine: @escaping @Sendable () -> KernelEngine) throws -> Never {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_BLOCK, &signals, nil)

        let listeners = InheritedListeners.fromEnvironment()
        let info = try ConnectionInfo(path: connectionFile)
        let sockets = try ZMQSockets(info, listeners: listeners)
        let trace = StartTrace()
        trace?.log("sockets bound")
        if trace != nil {
            Log.warn("start trace: \(sockets.adopted) of 5 sockets adopted from loupe-launch")
        }
        sockets.startHeartbeat()
        let engine = DeferredEngine(info: language, make: makeEngine, onReady: { trace?.log("engine ready") })
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

    /// Exits once the Jupyter process that started the kernel (`JPY_PARENT_PID`) is gone rather than
    /// linger as an orphan. When it is our parent, the kernel watches for being reparented; when it
    /// is not (it died while the kernel was starting, so the kernel was already reparented, or the
    /// kernel was started through a wrapper that did not exec), for that process to exist no more.
    private static func exitWhenOrphaned() {
        guard let value = getenv("JPY_PARENT_PID"), let starter = Int32(String(cString: value)), starter > 1 else { return }
        let parent = getppid()
        KernelThread.spawn {
            while parent == starter ? getppid() == parent : processExists(starter) { sleep(1) }
            Log.warn("the process that started the kernel is gone; exiting")
            exit(0)
        }
    }
}

/// Whether a process with this id exists (one we may not signal exists too).
private func processExists(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
}

/// With `LOUPE_START_TRACE` set to the `CLOCK_MONOTONIC` time in nanoseconds at which the process was
/// started (bench/kernel_start.py sets it just before it starts the kernel), the kernel logs how long
/// after it each step of its start was done, and the process's CPU time by then.
struct StartTrace: Sendable {
    let origin: Double

    init?() {
        guard let value = getenv("LOUPE_START_TRACE"), let nanoseconds = Double(String(cString: value)) else { return nil }
        origin = nanoseconds / 1e9
    }

    func log(_ step: String) {
        let wall = (MonotonicClock.seconds() - origin) * 1000
        var cpu = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu)
        let cpuMilliseconds = Double(cpu.tv_sec) * 1000 + Double(cpu.tv_nsec) / 1e6
        Log.warn("start trace: \(step) \(Self.format(wall)) ms after exec (CPU \(Self.format(cpuMilliseconds)) ms)")
    }

    private static func format(_ milliseconds: Double) -> String {
        let tenths = Int((milliseconds * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
