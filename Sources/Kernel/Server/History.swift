/// The inputs of this session's stored executions, answering `history_request`
/// (tail, range and search; output is not kept).
public struct History: Sendable {
    /// One stored input: (session, line, source). Session 1 is this kernel's.
    public struct Entry: Sendable, Equatable {
        public var session: Int
        public var line: Int
        public var input: String
    }

    public static let session = 1
    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func append(line: Int, input: String) {
        entries.append(Entry(session: Self.session, line: line, input: input))
    }

    /// The last `count` entries.
    public func tail(_ count: Int) -> [Entry] {
        Array(entries.suffix(max(0, count)))
    }

    /// Lines `start..<stop` of a session (0 or negative means this one; stop ≤ 0 means to the end).
    public func range(session: Int, start: Int, stop: Int) -> [Entry] {
        guard session <= 0 || session == Self.session else { return [] }
        return entries.filter { $0.line >= start && (stop <= 0 || $0.line < stop) }
    }

    /// Entries whose input matches a glob `pattern` (`*`, `?`), the last `count`
    /// of them (all when count ≤ 0), without repeats when `unique`.
    public func search(pattern: String, count: Int, unique: Bool) -> [Entry] {
        let glob = Array(pattern)
        var found = entries.filter { Self.matches(Array($0.input), glob) }
        if unique {
            var seen = Set<String>()
            found = found.reversed().filter { seen.insert($0.input).inserted }.reversed()
        }
        return count > 0 ? Array(found.suffix(count)) : found
    }

    /// Glob matching with `*` and `?`, iterative with backtracking to the last star.
    static func matches(_ text: [Character], _ glob: [Character]) -> Bool {
        var textIndex = 0, globIndex = 0
        var starGlob = -1, starText = 0
        while textIndex < text.count {
            if globIndex < glob.count, glob[globIndex] == "?" || glob[globIndex] == text[textIndex] {
                textIndex += 1; globIndex += 1
            } else if globIndex < glob.count, glob[globIndex] == "*" {
                starGlob = globIndex; starText = textIndex; globIndex += 1
            } else if starGlob >= 0 {
                globIndex = starGlob + 1; starText += 1; textIndex = starText
            } else {
                return false
            }
        }
        while globIndex < glob.count, glob[globIndex] == "*" { globIndex += 1 }
        return globIndex == glob.count
    }
}
