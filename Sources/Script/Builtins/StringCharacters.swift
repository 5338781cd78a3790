import Platform

/// A string's characters for the operations that walk all of them (`s.count`, `Array(s)`, `for c in s`,
/// `s[a..<b]`). A string may hold 256 MiB, and finding its characters (grapheme breaking) takes seconds:
/// these walks stop when the cell is interrupted, and nothing is allocated per character before it is checked.
enum StringCharacters {
    /// Strings shorter than this are counted by the standard library in one call.
    private static let shortBytes = 1 << 20
    /// Characters walked between two interrupt checks.
    private static let chunk = 1 << 16

    /// The number of characters, stopping when the cell is interrupted.
    static func count(_ text: String) throws(ScriptError) -> Int {
        if text.utf8.count < shortBytes { return text.count }
        var count = 0
        for _ in text {
            count &+= 1
            if count & (chunk - 1) == 0 { try Interrupt.checkCell() }
        }
        return count
    }

    /// The characters as values, counted first and checked against the element limit and the memory budget
    /// (a Value of 24 bytes each); both walks stop when the cell is interrupted.
    static func values(of text: String) throws(ScriptError) -> [Value] {
        let count = try count(text)
        try Limits.checkAllocation(count)
        var items: [Value] = []
        items.reserveCapacity(count)
        for character in text {
            items.append(.character(character))
            if items.count & (chunk - 1) == 0 { try Interrupt.checkCell() }
        }
        return items
    }

    /// The characters at offsets `bounds` (already checked against `count`).
    static func part(_ text: String, _ bounds: Range<Int>) -> String {
        let start = text.index(text.startIndex, offsetBy: bounds.lowerBound)
        let end = text.index(start, offsetBy: bounds.count)
        return String(text[start..<end])
    }
}
