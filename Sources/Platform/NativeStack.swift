/// The machine stack of the running thread: how far down it may grow before it runs out. A thread
/// that knows its stack's size takes a floor near the top of it (`floor(stackSize:)`); recursive code
/// reached from user input (an interpreter's calls, a nested value's description) compares its
/// position with that floor and stops with an error instead of crashing the process.
public enum NativeStack {
    /// The floor for a stack of `stackSize` bytes whose top is just above the caller, leaving an
    /// eighth of the stack (at least 1 MiB) as headroom for the work done after the last check.
    public static func floor(stackSize: Int) -> Int {
        currentAddress() - stackSize + Swift.max(1 << 20, stackSize / 8)
    }

    /// Whether the caller's frame lies below `floor` (the stack grows down): one comparison.
    @inlinable
    public static func isBelow(_ floor: Int) -> Bool {
        currentAddress() < floor
    }

    /// An address in the caller's frame.
    @inlinable @inline(__always)
    public static func currentAddress() -> Int {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
    }
}
