import Platform

/// The sources of the cells whose spans may still be reported, by cell number. The cell thread adds and
/// drops them while the shell thread reads them (inspect shows a function's declaration line), so every
/// access takes a lock; the texts themselves are immutable values.
final class CellSources: @unchecked Sendable {
    private let lock = Lock()
    private var texts: [Int: SourceText] = [:]

    subscript(cell: Int) -> SourceText? {
        get { lock.withLock { texts[cell] } }
        set { lock.withLock { texts[cell] = newValue } }
    }

    /// Drops every source but those of `cells`.
    func keep(only cells: Set<Int>) {
        lock.withLock { texts = texts.filter { cells.contains($0.key) } }
    }

    var isEmpty: Bool { lock.withLock { texts.isEmpty } }
    var keys: [Int] { lock.withLock { Array(texts.keys) } }
}
