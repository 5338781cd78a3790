import Kernel
import Platform

/// An in-memory `FrameSocket`: what the kernel sends lands in `sent`; what a
/// test injects with `deliver` is what the kernel receives.
final class MemorySocket: FrameSocket, @unchecked Sendable {
    private let lock = Condition()
    private var inbound: [[[UInt8]]] = []
    private var outbound: [[[UInt8]]] = []

    func send(_ frames: [[UInt8]]) {
        lock.withLock { outbound.append(frames); lock.broadcast() }
    }

    func receive(timeoutMilliseconds: Int) -> [[UInt8]]? {
        lock.withLock {
            if inbound.isEmpty && timeoutMilliseconds != 0 { lock.wait(milliseconds: timeoutMilliseconds) }
            return inbound.isEmpty ? nil : inbound.removeFirst()
        }
    }

    /// Makes `frames` the next thing the kernel receives.
    func deliver(_ frames: [[UInt8]]) {
        lock.withLock { inbound.append(frames); lock.broadcast() }
    }

    /// Makes all of `messages` waiting at once, in order.
    func deliver(_ messages: [[[UInt8]]]) {
        lock.withLock { inbound.append(contentsOf: messages); lock.broadcast() }
    }

    /// The next message the kernel sent, waiting up to `milliseconds`.
    func takeSent(milliseconds: Int = 5000) -> [[UInt8]]? {
        lock.withLock {
            var waited = 0
            while outbound.isEmpty && waited < milliseconds {
                lock.wait(milliseconds: 10)
                waited += 10
            }
            return outbound.isEmpty ? nil : outbound.removeFirst()
        }
    }

    var pendingSent: Int { lock.withLock { outbound.count } }
}
