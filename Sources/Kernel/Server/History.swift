/// The inputs of this session's stored executions and their text results,
/// answering `history_request` (tail, range and search). Kept compactly so
/// that memory stays flat over tens of thousands of executions.
public struct History: Sendable {
    /// One stored input: (session, line, source) and the text/plain of its result.
    /// Session 1 is this kernel's.
    public struct Entry: Sendable, Equatable {
        public var session: Int
        public var line: Int
        public var input: String
        public var output: String?
    }

    public static let session = 1
    private var lines: [Int] = []
    private var inputs = TextArena()
    private var outputs = TextArena()
    private var hasOutput: [Bool] = []

    public init() {}

    public var count: Int { lines.count }

    public mutating func append(line: Int, input: String) {
        lines.append(line)
        inputs.append(input)
        outputs.append("")
        hasOutput.append(false)
    }

    /// Records the text/plain result of the entry at `line` (the latest one).
    public mutating func recordOutput(_ text: String, line: Int) {
        guard let last = lines.indices.last, lines[last] == line else { return }
        outputs.replaceLast(text)
        hasOutput[last] = true
    }

    public func entry(_ index: Int) -> Entry {
        Entry(session: Self.session, line: lines[index], input: inputs[index],
              output: hasOutput[index] ? outputs[index] : nil)
    }

    /// The last `count` entries.
    public func tail(_ count: Int) -> [Entry] {
        (max(0, lines.count - max(0, count))..<lines.count).map(entry)
    }

    /// Lines `start..<stop` of a session (0 or negative means this one; stop ≤ 0 means to the end).
    public func range(session: Int, start: Int, stop: Int) -> [Entry] {
        guard session <= 0 || session == Self.session else { return [] }
        return lines.indices.filter { lines[$0] >= start && (stop <= 0 || lines[$0] < stop) }.map(entry)
    }

    /// Entries whose input matches a glob `pattern` (`*`, `?`), the last `count`
    /// of them (all when count ≤ 0), without repeats when `unique`.
    public func search(pattern: String, count: Int, unique: Bool) -> [Entry] {
        let glob = Array(pattern)
        var found = lines.indices.map(entry).filter { Self.matches(Array($0.input), glob) }
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
