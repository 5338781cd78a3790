import Testing
@testable import Learn

/// The CSV parser reads a plain feature field straight from the chunk it arrived in; quotes,
/// line ends and fields split between chunks go through the byte machine. Both give the same
/// table, or the same error, for any text.
@Suite struct CSVFieldScanTests {
    /// The table (or the error) from `text` fed in chunks of `size` bytes.
    func parse(_ text: String, chunk size: Int) -> String {
        var parser = CSVTableParser(fileName: "t.csv", label: "y")
        let bytes = Array(text.utf8)
        do {
            try bytes.withUnsafeBufferPointer { all in
                var start = 0
                while start < all.count {
                    let end = Swift.min(start + size, all.count)
                    try parser.feed(UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
            let table = try parser.finish()
            return "\(table.header) \(table.rows) \(table.features) \(table.labels)"
        } catch {
            return "\(error)"
        }
    }

    @Test func fieldsReadInPlaceEqualTheByteMachine() {
        var random = RandomState(seed: 9)
        let alphabet = Array("0123456789.,,,\"\n\r -e\tx")
        for _ in 0..<2_000 {
            let rows = (0..<random.nextIndex(below: 6)).map { _ in
                String((0..<random.nextIndex(below: 24)).map { _ in alphabet[random.nextIndex(below: alphabet.count)] })
            }
            let text = "a, y ,b\n" + rows.joined(separator: "\n")
            let whole = parse(text, chunk: Int.max / 2)
            #expect(parse(text, chunk: 1) == whole, "\(text.debugDescription)")
            #expect(parse(text, chunk: 3) == whole, "\(text.debugDescription)")
        }
    }
}
