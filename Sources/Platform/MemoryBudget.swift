import Synchronization

/// Why an allocation was refused: it would take the session past its memory budget.
public struct OutOfMemory: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was to be allocated, as the user would name it ("an array of 300000000 elements").
    public var what: String
    public var bytes: Int
    public var inUse: Int
    public var limit: Int

    public init(what: String, bytes: Int, inUse: Int, limit: Int) {
        self.what = what; self.bytes = bytes; self.inUse = inUse; self.limit = limit
    }

    public var description: String {
        let needs = bytes == Int.max ? "more memory than can be counted" : ByteCount.text(bytes)
        return "out of memory: \(what) needs \(needs), but the session uses \(ByteCount.text(inUse)) "
            + "of its \(ByteCount.text(limit)) budget (LOUPE_MEMORY_LIMIT sets it)"
    }
}

/// The memory budget of a session: every path that makes something large (Script arrays, strings,
/// dictionaries and ranges; Learn tensors; images and canvases; file reads) calls `reserve` with
/// the bytes it is about to take, and gets `OutOfMemory` instead of the kernel being killed.
///
/// The budget compares the process's resident memory now plus the request with the limit, so
/// nothing has to be given back: what was freed is simply no longer resident. Requests under
/// 1 MiB are summed and checked together once they add up to 1 MiB, so small allocations cost an
/// atomic add. The limit is `LOUPE_MEMORY_LIMIT` (`8G`, `512M`, `1.5GiB`, a byte count, or `60%`
/// of the memory available at start), else half of the memory available when the budget is
/// first used (the kernel fixes it at start).
public final class MemoryBudget: Sendable {
    /// The budget of this process's session.
    public static let session = MemoryBudget(limit: configuredLimit(ProcessMemory.environment("LOUPE_MEMORY_LIMIT")))

    /// Requests at least this large are checked one by one.
    public static let smallRequest = 1 << 20

    public let limit: Int
    private let measure: @Sendable () -> Int
    private let unchecked = Atomic<Int>(0)

    /// A budget of `limit` bytes over what `measure` says is in use (the resident size by default).
    public init(limit: Int, measure: @escaping @Sendable () -> Int = ProcessMemory.residentBytes) {
        self.limit = Swift.max(0, limit)
        self.measure = measure
    }

    /// Checks that `bytes` more fit in the budget; `what` names the allocation for the error.
    /// A negative request is taken as an uncountable one.
    public func reserve(_ bytes: Int, for what: @autoclosure () -> String) throws(OutOfMemory) {
        let request = bytes < 0 ? Int.max : bytes
        if request < Self.smallRequest {
            let total = unchecked.wrappingAdd(request, ordering: .relaxed).newValue
            guard total >= Self.smallRequest else { return }
            unchecked.store(0, ordering: .relaxed)
        }
        let inUse = measure()
        if request > limit - Swift.min(limit, inUse) {
            throw OutOfMemory(what: what(), bytes: request, inUse: inUse, limit: limit)
        }
    }

    /// `reserve` for `count` elements of `stride` bytes each (an overflowing product is refused).
    public func reserve(count: Int, stride: Int, for what: @autoclosure () -> String) throws(OutOfMemory) {
        let (bytes, overflow) = Swift.max(0, count).multipliedReportingOverflow(by: Swift.max(1, stride))
        try reserve(count < 0 || overflow ? Int.max : bytes, for: what())
    }

    /// The session budget's `reserve`.
    public static func reserve(_ bytes: Int, for what: @autoclosure () -> String) throws(OutOfMemory) {
        try session.reserve(bytes, for: what())
    }

    /// The session budget's `reserve(count:stride:for:)`.
    public static func reserve(count: Int, stride: Int, for what: @autoclosure () -> String) throws(OutOfMemory) {
        try session.reserve(count: count, stride: stride, for: what())
    }

    /// The limit `LOUPE_MEMORY_LIMIT` asks for, else the default; no limit when nothing is known.
    static func configuredLimit(_ setting: String?) -> Int {
        let available = ProcessMemory.availableBytes()
        let resident = ProcessMemory.residentBytes()
        if let setting, !setting.isEmpty {
            if let limit = ByteCount.parse(setting, available: available.map { $0 + resident }) { return limit }
            ProcessMemory.warn("LOUPE_MEMORY_LIMIT='\(setting)' is not a size such as 8G, 512M or 60%; using the default")
        }
        guard let available else { return Int.max }
        return resident + available / 2
    }
}

/// Byte counts as people write them.
public enum ByteCount {
    /// `1.5 GiB`, `512 MiB`, `12 KiB`, `100 bytes`.
    public static func text(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size {
            let value = Double(bytes) / Double(size)
            return (value >= 100 ? CFormat.string("%.0f", value) : CFormat.string("%.1f", value)) + " " + name
        }
        return "\(bytes) bytes"
    }

    /// `8G`, `8GB`, `8GiB`, `512m`, `1.5T`, `123456` (bytes) or `60%` (of `available`); nil otherwise.
    public static func parse(_ text: String, available: Int?) -> Int? {
        var body = Substring(text.lowercased()).drop { $0 == " " }
        while body.last == " " { body.removeLast() }
        if body.hasSuffix("%") {
            guard let available, let share = Double(body.dropLast()), share > 0, share <= 100 else { return nil }
            return Int(Double(available) * share / 100)
        }
        for suffix in ["ib", "b"] where body.hasSuffix(suffix) && body.count > suffix.count {
            body = body.dropLast(suffix.count)
            break
        }
        let scales: [Character: Double] = ["k": 0x1p10, "m": 0x1p20, "g": 0x1p30, "t": 0x1p40]
        var scale = 1.0
        if let last = body.last, let unit = scales[last] { scale = unit; body = body.dropLast() }
        while body.last == " " { body.removeLast() }
        guard let number = Double(body), number.isFinite, number > 0 else { return nil }
        let bytes = number * scale
        return bytes < 0x1p62 ? Int(bytes) : nil
    }
}
