import Platform

/// The hard limits that keep any cell from crashing or exhausting the kernel.
public enum Limits {
    /// Deepest user-function recursion before `stack overflow`.
    public static let maximumCallDepth = 10_000
    /// Largest collection a single operation may create.
    public static let maximumElements = 100_000_000
    /// Longest string (in UTF-8 bytes) a single operation may create: 256 MiB.
    public static let maximumStringBytes = 1 << 28

    /// Checks that `count` elements may be allocated — at most `maximumElements`, and within the
    /// session's memory budget — before an array (or dictionary, set, range conversion) of them is made;
    /// `stride` is the bytes per element (a `Value`'s unless told).
    static func checkAllocation(_ count: Int, of what: String = "an array",
                                stride: Int = MemoryLayout<Value>.stride) throws(ScriptError) {
        if count > maximumElements || count < 0 {
            throw ScriptError(kind: .runtime, message: Message.allocation(count))
        }
        do {
            try MemoryBudget.reserve(count: count, stride: stride, for: "\(what) of \(count) elements")
        } catch {
            throw ScriptError(memory: error)
        }
    }

    /// Checks `added` more elements for an array of `items` grown in place (`append`, `+=`): the element limit
    /// always, the memory budget only when the storage must grow — for the storage Swift then allocates, about
    /// twice the old — so a run of appends measures the process's memory once per doubling, not once per append
    /// (asking for the whole array each time read /proc on every append past 43,690 elements).
    static func checkGrowth(of items: [Value], adding added: Int) throws(ScriptError) {
        let (needed, overflow) = items.count.addingReportingOverflow(Swift.max(0, added))
        if overflow || needed > maximumElements {
            throw ScriptError(kind: .runtime, message: Message.allocation(overflow ? Int.max : needed))
        }
        guard needed > items.capacity else { return }
        try checkAllocation(Swift.min(maximumElements, Swift.max(needed, 2 &* items.capacity)))
    }

    /// Checks `added` more UTF-8 bytes for a string of `bytes` grown in place (`+=`, `append`): the length limit
    /// for the whole, the memory budget for the added bytes only — the rest was counted when it was made (asking
    /// for the whole string on every append read /proc on each append once the string passed a mebibyte).
    static func checkStringGrowth(bytes: Int, adding added: Int) throws(ScriptError) {
        let (total, overflow) = bytes.addingReportingOverflow(added)
        if overflow || total > maximumStringBytes || added < 0 {
            throw ScriptError(kind: .runtime, message: Message.stringTooLong(overflow ? Int.max : total, limit: maximumStringBytes))
        }
        do { try MemoryBudget.reserve(added, for: "a string of \(total) bytes") } catch { throw ScriptError(memory: error) }
    }

    /// Checks a string of `bytes` UTF-8 bytes before it is made.
    static func checkString(bytes: Int) throws(ScriptError) {
        if bytes > maximumStringBytes || bytes < 0 {
            throw ScriptError(kind: .runtime, message: Message.stringTooLong(bytes, limit: maximumStringBytes))
        }
        do { try MemoryBudget.reserve(bytes, for: "a string of \(bytes) bytes") } catch { throw ScriptError(memory: error) }
    }
}

extension ScriptError {
    /// `RuntimeError: out of memory: …`.
    public init(memory error: OutOfMemory) {
        self.init(kind: .runtime, message: error.description)
    }

    /// The cell error for an error of the modules below Script — `Interrupted`, `OutOfMemory`, a refused
    /// file read — or nil for any other error.
    public init?(platform error: any Error) {
        switch error {
        case let error as ScriptError: self = error
        case is Interrupted: self.init(kind: .interrupted, message: Message.interrupted)
        case let error as OutOfMemory: self.init(memory: error)
        case FileReadError.interrupted: self.init(kind: .interrupted, message: Message.interrupted)
        case let error as FileReadError: self.init(kind: .runtime, message: error.description)
        default: return nil
        }
    }
}

extension Interrupt {
    /// `check()` for code that reports cell errors: throws the cell's `Interrupted` error when the
    /// running cell was asked to stop (the owner of a result that a long loop may have left
    /// incomplete calls it before handing the result on).
    public static func checkCell() throws(ScriptError) {
        do { try check() } catch { throw ScriptError(kind: .interrupted, message: Message.interrupted) }
    }
}

extension Runtime {
    /// The guard every path into user code takes — calls of functions and closures, default arguments,
    /// and the initializers, getters, operators and protocol methods of declared types: the call-depth
    /// limit (`stack overflow`), the native stack's headroom, and the interrupt check. Pair it with
    /// `leaveCall()`, or use `oneCallDeeper`.
    @inline(__always)
    func enterCall(at span: SourceSpan) throws(ScriptError) {
        if depth >= Limits.maximumCallDepth || NativeStack.isBelow(stackFloor) { throw Runtime.stackOverflow(at: span) }
        if interrupt.isRequested { try checkInterrupt(at: span) }
        depth &+= 1
    }

    /// Undoes `enterCall`.
    @inline(__always)
    func leaveCall() { depth &-= 1 }

    /// Runs `body` one call deeper: work done on behalf of a call outside its frame (a default argument
    /// evaluated before the frame opens, a callback run by a builtin) counts towards the depth limit.
    @inline(__always)
    func oneCallDeeper<T>(at span: SourceSpan, _ body: () throws(ScriptError) -> T) throws(ScriptError) -> T {
        try enterCall(at: span)
        defer { leaveCall() }
        return try body()
    }
}
