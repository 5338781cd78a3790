/// A range of Unicode scalars in one cell's source: `start ..< end`.
public struct SourceSpan: Equatable, Hashable, Sendable {
    public var cell: Int
    public var start: Int
    public var end: Int
    public init(cell: Int, start: Int, end: Int) {
        self.cell = cell; self.start = start; self.end = max(end, start)
    }
    /// The span covering both `self` and `other` (same cell assumed).
    func to(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(cell: cell, start: min(start, other.start), end: max(end, other.end))
    }
}

/// One cell's text split for locating spans: line and column are 1-based, in Unicode scalars.
struct SourceText: Sendable {
    let cell: Int
    let scalars: [Unicode.Scalar]
    let lineStarts: [Int]

    init(cell: Int, text: String) {
        self.cell = cell
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The 0-based line index holding `offset`.
    func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The text of a 0-based line, without its newline.
    func lineText(_ index: Int) -> String {
        guard index >= 0, index < lineStarts.count else { return "" }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<max(start, end)])
        return String(out)
    }

    /// Line, column, caret length, and the line's text for a span.
    func locate(_ span: SourceSpan) -> SourceLocation {
        let offset = min(max(span.start, 0), scalars.count)
        let line = lineIndex(of: offset)
        let column = offset - lineStarts[line]
        let text = lineText(line)
        let lineLength = text.unicodeScalars.count
        let length = max(1, min(span.end, lineStarts[line] + max(lineLength, column + 1)) - offset)
        return SourceLocation(cell: cell, line: line + 1, column: column + 1, length: length, sourceLine: text)
    }
}

/// Where an error points: cell, 1-based line and column (Unicode scalars), caret length and the line itself.
public struct SourceLocation: Equatable, Sendable {
    public var cell: Int
    public var line: Int
    public var column: Int
    public var length: Int
    public var sourceLine: String
}
