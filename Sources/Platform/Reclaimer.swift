#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Frees large structures on a thread of its own. Millions of small objects (the records of a CSV
/// file, the shapes of a dense heatmap) take a good part of a second to release; work that stops
/// because it was interrupted hands what it built to `drop` instead of releasing it on the way out,
/// so the interrupted cell's reply is not held up by the clean-up. Memory returns moments later.
public enum Reclaimer {
    private final class Pending: @unchecked Sendable {
        let lock = Condition()
        var items: [AnyObject] = []
        var queued = 0
        var released = 0
        var started = false
    }

    private final class Holder<T>: @unchecked Sendable {
        var value: T?
        init(_ value: T) { self.value = value }
    }

    private static let pending = Pending()

    /// Releases `value` on the reclaimer thread (or here, if that thread cannot be started). The
    /// caller must hold no other reference it will use: the last release happens over there.
    public static func drop<T>(_ value: consuming T) {
        let holder = Holder(value)
        let queued = pending.lock.withLock { () -> Bool in
            if !pending.started { pending.started = startThread() }
            guard pending.started else { return false }
            pending.items.append(holder)
            pending.queued += 1
            pending.lock.broadcast()
            return true
        }
        if !queued { holder.value = nil }
    }

    /// Waits until everything handed over so far is released (for tests).
    public static func drain() {
        pending.lock.withLock {
            let target = pending.queued
            while pending.released < target { pending.lock.wait() }
        }
    }

    private static func startThread() -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // Deeply nested values are released recursively: a large stack (virtual until used).
        pthread_attr_setstacksize(&attributes, 256 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        return pthread_create(&thread, &attributes, { _ in Reclaimer.loop(); return nil }, nil) == 0
    }

    private static func loop() -> Never {
        while true {
            var batch = pending.lock.withLock { () -> [AnyObject] in
                while pending.items.isEmpty { pending.lock.wait() }
                let taken = pending.items
                pending.items = []
                return taken
            }
            let count = batch.count
            batch.removeAll()  // the last references: the values are freed here
            pending.lock.withLock {
                pending.released += count
                pending.lock.broadcast()
            }
        }
    }
}
