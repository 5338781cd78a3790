#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// One piece of work's "please stop" flag: set from any thread (the kernel's control thread or its
/// SIGINT handler), polled by the work. Script's interpreter owns one and sets it from
/// `Interpreter.interrupt()`; modules that know no Script reach it through `Interrupt`.
public final class InterruptFlag: Sendable {
    @usableFromInline let requested = Atomic<Bool>(false)

    public init() {}

    /// Asks the work to stop (thread-safe).
    public func request() { requested.store(true, ordering: .relaxed) }

    /// Forgets a request (a new cell starts, or the request has been answered).
    public func clear() { requested.store(false, ordering: .relaxed) }

    /// Whether a stop was asked for: one relaxed atomic load.
    @inlinable public var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Answers a request: clears it and returns true when one was pending.
    public func take() -> Bool { requested.exchange(false, ordering: .relaxed) }
}

/// Thrown when long work stops because it was interrupted.
public struct Interrupted: Error, Equatable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}

/// How long loops in any module learn that the user pressed stop, without knowing who runs them.
///
/// The thread that runs a cell installs its flag as the thread's current one (`Interrupt.with`);
/// `Parallel.forEach` carries it to the pool threads that help. The pattern for a loop that cannot
/// throw (a GEMM tile loop, a rasteriser band, a sort pass):
///
/// ```swift
/// while row < rows { if Interrupt.isRequested { break }; … }   // stop early, result incomplete
/// ```
///
/// and the function that owns the result calls `try Interrupt.check()` before anything can see it,
/// so an incomplete result never leaves as a value. Loops that can throw just call
/// `try Interrupt.check()` every few milliseconds of work. With no current flag (a tool, a test
/// that installs none) nothing is ever interrupted.
public enum Interrupt {
    /// The flag installed on this thread, or nil.
    public static var current: InterruptFlag? {
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<InterruptFlag>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Whether the current work was asked to stop (cheap enough for every tile or row of a loop).
    public static var isRequested: Bool {
        guard let raw = pthread_getspecific(key) else { return false }
        return Unmanaged<InterruptFlag>.fromOpaque(raw).takeUnretainedValue().isRequested
    }

    /// Throws `Interrupted` (and answers the request) when the current work was asked to stop.
    public static func check() throws(Interrupted) {
        guard let raw = pthread_getspecific(key) else { return }
        if Unmanaged<InterruptFlag>.fromOpaque(raw).takeUnretainedValue().take() { throw Interrupted() }
    }

    /// Runs `body` with `flag` as this thread's current flag (nil: none), then restores the previous one.
    public static func with<T, E: Error>(_ flag: InterruptFlag?, _ body: () throws(E) -> T) throws(E) -> T {
        let previous = pthread_getspecific(key)
        let retained = flag.map { Unmanaged.passRetained($0) }
        pthread_setspecific(key, retained?.toOpaque())
        defer {
            pthread_setspecific(key, previous)
            retained?.release()
        }
        return try body()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}
