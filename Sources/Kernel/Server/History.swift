/// The inputs of this session's stored executions and their text results, answering
/// `history_request` (tail, range and search). Bounded, so memory stays flat however long the
/// session: past `inputBudget` bytes the oldest entries are forgotten, past `outputBudget` bytes
/// the oldest outputs (an entry keeps its input).
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
    /// What an entry costs beyond its text (the entry and the strings' headers), for the budgets.
    static let entryOverhead = 64

    public let inputBudget: Int
    public let outputBudget: Int
    private var entries: [Entry] = []
    /// Entries before `first` are forgotten (removed in batches, so dropping one is O(1)).
    private var first = 0
    /// Entries before `firstOutput` have had their outputs dropped.
    private var firstOutput = 0
    private var inputBytes = 0
    private var outputBytes = 0

    public init(inputBudget: Int = 4 << 20, outputBudget: Int = 1 << 20) {
        self.inputBudget = inputBudget; self.outputBudget = outputBudget
    }

    public var count: Int { entries.count - first }

    public mutating func append(line: Int, input: String) {
        entries.append(Entry(session: Self.session, line: line, input: input, output: nil))
        inputBytes += input.utf8.count + Self.entryOverhead
        while inputBytes > inputBudget && count > 1 { forgetOldest() }
    }

    /// Records the text/plain result of the entry at `line` (the latest one); an output larger
    /// than the whole output budget is not kept.
    public mutating func recordOutput(_ text: String, line: Int) {
        guard let last = entries.indices.last, last >= first, entries[last].line == line,
              text.utf8.count <= outputBudget else { return }
        entries[last].output = text
        outputBytes += text.utf8.count
        while outputBytes > outputBudget && firstOutput < entries.count { dropOldestOutput() }
    }

    private mutating func forgetOldest() {
        if firstOutput == first { dropOldestOutput() }
        inputBytes -= entries[first].input.utf8.count + Self.entryOverhead
        entries[first] = Entry(session: Self.session, line: 0, input: "", output: nil)
        first += 1
        if first >= 1024 && first * 2 >= entries.count {
            entries.removeFirst(first)
            firstOutput -= first
            first = 0
        }
    }

    private mutating func dropOldestOutput() {
        firstOutput = max(firstOutput, first)
        guard firstOutput < entries.count else { return }
        outputBytes -= entries[firstOutput].output?.utf8.count ?? 0
        entries[firstOutput].output = nil
        firstOutput += 1
    }

    public func entry(_ index: Int) -> Entry { entries[first + index] }

    private var kept: ArraySlice<Entry> { entries[first...] }

    /// The last `count` entries.
    public func tail(_ count: Int) -> [Entry] {
        Array(kept.suffix(max(0, count)))
    }

    /// Lines `start..<stop` of a session (0 or negative means this one; stop ≤ 0 means to the end).
    public func range(session: Int, start: Int, stop: Int) -> [Entry] {
        guard session <= 0 || session == Self.session else { return [] }
        return kept.filter { $0.line >= start && (stop <= 0 || $0.line < stop) }
    }

    /// Entries whose input matches the glob `pattern` (SQLite's GLOB, as IPython searches: `*`, `?`,
    /// `[…]`), the last `count` of them (all when count ≤ 0); with `unique`, each input once, at its
    /// latest line.
    public func search(pattern: String, count: Int, unique: Bool) -> [Entry] {
        let glob = Glob(pattern)
        var found = kept.filter { glob.matches($0.input) }
        if unique {
            var seen = Set<String>()
            found = found.reversed().filter { seen.insert($0.input).inserted }.reversed()
        }
        return count > 0 ? Array(found.suffix(count)) : found
    }
}
