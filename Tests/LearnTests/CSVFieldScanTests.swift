import Testing
@testable import Learn

/// The CSV parser reads a plain feature field straight from the chunk it arrived in; quotes,
/// line ends and fields split between chunks go through the byte machine. Both give the same
/// table, or the same error, for any text.
@Suite struct CSVFieldScanTests {
    /// The table from `text` fed in chunks of `size` bytes.
    func table(_ text: String, chunk size: Int) throws -> CSVTableParser.Table {
        var parser = CSVTableParser(fileName: "t.csv", label: "y")
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = Swift.min(start + size, all.count)
                try parser.feed(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
        return try parser.finish()
    }

    /// The table (or the error) from `text` fed in chunks of `size` bytes, as text.
    func parse(_ text: String, chunk size: Int) -> String {
        do {
            let table = try self.table(text, chunk: size)
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

    /// A random number's text in one of the forms a CSV holds: integers, decimals, exponents,
    /// signs, leading zeros, 15–25 significant digits, extreme exponents, and spaces around.
    func numberText(_ random: inout RandomState) -> String {
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(random.nextIndex(below: 10))) }) }
        let sign = ["", "", "-", "+"][random.nextIndex(below: 4)]
        var text: String
        switch random.nextIndex(below: 7) {
        case 0: text = String(random.nextIndex(below: 256))
        case 1: text = digits(1 + random.nextIndex(below: 8)) + "." + digits(random.nextIndex(below: 8))
        case 2: text = digits(1 + random.nextIndex(below: 20)) + "." + digits(random.nextIndex(below: 20))
        case 3: text = digits(1 + random.nextIndex(below: 6)) + ["e", "E"][random.nextIndex(below: 2)]
            + ["", "-", "+"][random.nextIndex(below: 3)] + String(random.nextIndex(below: 40))
        case 4: text = "0." + String(repeating: "0", count: random.nextIndex(below: 30)) + digits(1 + random.nextIndex(below: 18))
        case 5: text = Double(bitPattern: random.next() >> 1).description
        default: text = ["0", "0.0", "00012", "9007199254740993", "9007199254740992", "1e22", "1e23", "1e-22",
                         "123456789012345678", "1234567890123456789", "12345678901234567890", "2.2250738585072014e-308",
                         "4.9e-324", "1.7976931348623157e308", ".5", "5.", "1e400"][random.nextIndex(below: 17)]
        }
        let spaces = ["", "", " ", "\t", "  "]
        return spaces[random.nextIndex(below: 5)] + sign + text + spaces[random.nextIndex(below: 5)]
    }

    /// Every feature a CSV holds is the Double Swift reads from its text, bit for bit, whether
    /// it is read in place (one pass from the chunk's bytes) or through the byte machine.
    @Test func numbersReadInPlaceAreSwiftsDoubles() throws {
        var random = RandomState(seed: 21)
        var rows: [String] = [], expected: [Double] = []
        for row in 0..<4_000 {
            let fields = (0..<3).map { _ in numberText(&random) }
            rows.append(fields.joined(separator: ",") + ",\(row % 3)")
            for field in fields {
                let trimmed = String(field.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
                guard let value = Double(trimmed) else { Issue.record("Swift refuses \(trimmed.debugDescription)"); return }
                expected.append(value)
            }
        }
        let text = "a,b,c,y\n" + rows.joined(separator: "\n") + "\n"
        for chunk in [Int.max / 2, 7] {
            let table = try self.table(text, chunk: chunk)
            #expect(table.features.count == expected.count)
            let first = table.features.indices.first { table.features[$0].bitPattern != expected[$0].bitPattern }
            #expect(first == nil, "feature \(first ?? 0): \(first.map { table.features[$0] } ?? 0) vs \(first.map { expected[$0] } ?? 0)")
        }
    }
}
