import Platform

/// Parses a CSV file of numbers with a header into a feature table and a label column, fed its
/// bytes chunk by chunk, so a file is never held in memory as text: the features go straight
/// into `Double` blocks, one field's bytes at a time (no `String` per cell).
///
/// The dialect is RFC 4180: comma separators, double-quoted fields with
/// `""` for a quote (quoted fields may span lines), `\n`, `\r\n` and `\r` ending a record,
/// blank lines skipped, spaces and tabs around unquoted fields trimmed.
struct CSVTableParser {
    /// What the label column held.
    enum Labels {
        /// Every label is a number.
        case numbers([Double])
        /// Class indices in order of first appearance, and the names.
        case names([Double], [String])
    }

    /// The parsed table.
    struct Table {
        var header: [String]
        var labelColumn: Int
        var rows: Int
        /// Row-major features, `rows × (header.count − 1)`.
        var features: [Double]
        var labels: Labels
    }

    private let fileName: String
    private let labelName: String
    private var header: [String]?
    private var labelColumn = 0
    /// `header.count` once the header is read (0 before).
    private var headerCount = 0
    private var features: FeatureBlocks
    private var labels = LabelColumn()

    // The state of the byte machine.
    private var field: [UInt8] = []
    private var inQuotes = false
    private var wasQuoted = false
    private var quotePending = false
    private var skipLineFeed = false
    private var line = 1
    private var recordLine = 1
    private var column = 0
    private var headerFields: [String] = []

    init(fileName: String, label: String) {
        self.fileName = fileName
        labelName = label
        features = FeatureBlocks()
        field.reserveCapacity(64)
    }

    /// Told the file's size before its bytes: the features then go into one array of room
    /// enough for any table of that size (see `FeatureBlocks.reserve`).
    mutating func expect(bytes size: Int) {
        features.reserve(atMost: size / 2 + 1)
    }

    /// Parses the next bytes of the file. A feature field followed by a comma is read straight
    /// from `bytes` (no copy); quotes, line ends, the header and a field split between two
    /// chunks go through the byte machine, which gives the same result for any field.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var i = 0
        let n = bytes.count
        var nextCheck = 0
        while i < n {
            if i >= nextCheck {  // every 64 KiB: a gigabyte of CSV takes seconds
                try Interrupt.check()
                nextCheck = i + Self.interruptBlock
            }
            if canScan {
                // A run of plain feature fields, up to the next interrupt check.
                let first = i
                while i < nextCheck, column < headerCount, column != labelColumn,
                      let (value, comma) = Self.numberField(bytes, from: i) {
                    features.append(value)
                    column += 1
                    i = comma + 1
                }
                if i > first { continue }
                if let end = Self.plainFieldEnd(bytes, from: i) {
                    try endPlainField(UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end + 1
                    continue
                }
            }
            try consume(bytes[i])
            i += 1
        }
    }

    /// True between fields of a data row, when nothing is pending.
    private var canScan: Bool {
        header != nil && field.isEmpty && !inQuotes && !quotePending && !skipLineFeed && !wasQuoted
    }

    /// A feature field of the common form — a decimal number `NumberParser.prefix` reads, with
    /// spaces or tabs around it — ending in a comma, read and converted in one pass: its value
    /// and the index of the comma. Nil for any other field, which `plainFieldEnd` and
    /// `NumberParser.double` then read to the same value (or error).
    @inline(__always)
    private static func numberField(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Double, comma: Int)? {
        // The commonest field: 1 to 15 digits (exact as a Double) and the comma.
        var i = start, whole: UInt64 = 0
        while i < bytes.count, bytes[i] &- 48 < 10, i - start < 16 {
            whole = whole &* 10 &+ UInt64(bytes[i] &- 48)
            i += 1
        }
        if i > start, i - start <= 15, i < bytes.count, bytes[i] == UInt8(ascii: ",") { return (Double(whole), i) }
        i = start
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard let (value, end) = NumberParser.prefix(bytes, from: i) else { return nil }
        i = end
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
        return (value, i)
    }

    /// The index of the comma ending the unquoted field that starts at `start`, or nil when the
    /// field ends otherwise (a line end, a quote, the end of the chunk).
    @inline(__always)
    private static func plainFieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var j = start
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: ","): return j
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""): return nil
            default: j += 1
            }
        }
        return nil
    }

    /// `endField` for an unquoted field read in place (spaces and tabs around it trimmed).
    private mutating func endPlainField(_ raw: UnsafeBufferPointer<UInt8>) throws {
        guard let header else { return }
        var start = 0, end = raw.count
        while start < end, Self.isSpace(raw[start]) { start += 1 }
        while end > start, Self.isSpace(raw[end - 1]) { end -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
        if column < header.count, column != labelColumn {
            guard let value = NumberParser.double(bytes) else {
                throw LearnError.badNumber(file: fileName, line: recordLine, column: column + 1, name: header[column],
                                           text: String(decoding: bytes, as: UTF8.self))
            }
            features.append(value)
        } else if column == labelColumn {
            try labels.append(Array(bytes)[...], fileName: fileName, line: recordLine)
        }
        column += 1
    }

    /// Bytes parsed between interrupt checks.
    static let interruptBlock = 1 << 16

    /// Ends the file (a last record without a line break counts) and returns the table.
    mutating func finish() throws -> Table {
        if quotePending { quotePending = false; inQuotes = false }
        if !field.isEmpty || column > 0 || wasQuoted { try endRecord() }
        guard let header else { throw LearnError.emptyDataset(fileName) }
        let rows = labels.count
        guard rows > 0 else { throw LearnError.emptyDataset(fileName) }
        return Table(header: header, labelColumn: labelColumn, rows: rows,
                     features: features.joined(), labels: labels.finish())
    }

    @inline(__always)
    private mutating func consume(_ byte: UInt8) throws {
        if skipLineFeed {
            skipLineFeed = false
            if byte == UInt8(ascii: "\n") { return }
        }
        if quotePending {
            quotePending = false
            if byte == UInt8(ascii: "\"") { field.append(byte); return }
            inQuotes = false
        }
        if inQuotes {
            if byte == UInt8(ascii: "\"") {
                quotePending = true
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
            return
        }
        switch byte {
        case UInt8(ascii: ","):
            try endField()
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            try endRecord()
            line += 1
            recordLine = line
            skipLineFeed = byte == UInt8(ascii: "\r")
        case UInt8(ascii: "\"") where field.allSatisfy(Self.isSpace):
            field.removeAll(keepingCapacity: true)
            inQuotes = true
            wasQuoted = true
        default:
            field.append(byte)
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    /// The current field's bytes, trimmed unless quoted.
    private func fieldBytes() -> ArraySlice<UInt8> {
        guard !wasQuoted else { return field[...] }
        var start = field.startIndex, end = field.endIndex
        while start < end, Self.isSpace(field[start]) { start += 1 }
        while end > start, Self.isSpace(field[end - 1]) { end -= 1 }
        return field[start..<end]
    }

    private mutating func endField() throws {
        let bytes = fieldBytes()
        if let header {
            if column >= header.count {
                column += 1
            } else if column == labelColumn {
                try labels.append(bytes, fileName: fileName, line: recordLine)
                column += 1
            } else {
                guard let value = NumberParser.double(bytes) else {
                    throw LearnError.badNumber(file: fileName, line: recordLine, column: column + 1, name: header[column],
                                               text: String(decoding: bytes, as: UTF8.self))
                }
                features.append(value)
                column += 1
            }
        } else {
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw LearnError.invalidArgument(name: "csv", reason: "\(fileName) is not UTF-8 text (line \(recordLine))")
            }
            headerFields.append(name)
            column += 1
        }
        field.removeAll(keepingCapacity: true)
        wasQuoted = false
    }

    private mutating func endRecord() throws {
        if column == 0, fieldBytes().isEmpty {  // a blank line
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            return
        }
        try endField()
        defer { column = 0 }
        guard let header else {
            guard let index = headerFields.firstIndex(of: labelName) else {
                throw LearnError.missingColumn(file: fileName, column: labelName)
            }
            header = headerFields
            headerCount = headerFields.count
            labelColumn = index
            return
        }
        guard column == header.count else {
            throw LearnError.raggedRow(file: fileName, line: recordLine, expected: header.count, actual: column)
        }
    }
}

/// Parsed feature values in fixed blocks, joined once at the end, block by block, so that
/// growing never copies and the peak is the values plus one block — or, when the most values
/// the file can hold are known and not too many, in one array reserved for them, never copied.
struct FeatureBlocks {
    private static let blockSize = 1 << 18
    /// The most values reserved up front: 2 GiB of address space (pages are only touched, and
    /// so only resident, as values arrive), so CSV files up to 512 MB take the single array —
    /// and never more than half the session's memory budget, so the reservation itself is
    /// always granted.
    static var maximumReserved: Int { Swift.min(1 << 28, MemoryBudget.session.limit / 16) }
    private var blocks: [[Double]] = []
    private var current: [Double] = []
    /// How many values `current` takes before a new block is started.
    private var currentLimit = blockSize
    private(set) var count = 0

    init() {
        current.reserveCapacity(Self.blockSize)
    }

    /// Before the first value: reserves one array for up to `limit` values when that is within
    /// `maximumReserved` — a CSV file of n bytes has at most n / 2 + 1 numbers (each takes a
    /// character and a separator) — so the values are never copied; the reserved addresses
    /// past the last value are never touched.
    mutating func reserve(atMost limit: Int) {
        guard count == 0, limit > Self.blockSize, limit <= Self.maximumReserved else { return }
        current = []
        current.reserveCapacity(limit)
        currentLimit = limit
    }

    @inline(__always)
    mutating func append(_ value: Double) {
        if current.count == currentLimit {
            blocks.append(current)
            current = []
            current.reserveCapacity(Self.blockSize)
            currentLimit = Self.blockSize
        }
        current.append(value)
        count += 1
    }

    /// All values in order; the blocks are released as they are copied.
    mutating func joined() -> [Double] {
        if blocks.isEmpty {
            defer { current = [] }
            return current
        }
        blocks.append(current)
        current = []
        var parts = blocks
        blocks = []
        return [Double](unsafeUninitializedCapacity: count) { out, written in
            var offset = 0
            for index in parts.indices {
                parts[index].withUnsafeBufferPointer { source in
                    (out.baseAddress! + offset).update(from: source.baseAddress!, count: source.count)
                    offset += source.count
                }
                parts[index] = []
            }
            written = offset
        }
    }
}

/// The label column as it is read: numbers while every label is one, and the distinct texts
/// in order of first appearance (kept while there are few of them, for a class column).
struct LabelColumn {
    private static let maximumNames = 100_000
    private var numbers: [Double] = []
    private var indices: [Double] = []
    private var names: [String] = []
    private var indexOf: [ArraySlice<UInt8>: Int] = [:]
    private var allNumbers = true
    private var tooManyNames = false

    var count: Int { numbers.count }

    mutating func append(_ bytes: ArraySlice<UInt8>, fileName: String, line: Int) throws {
        let number = NumberParser.double(bytes)
        if number == nil { allNumbers = false }
        numbers.append(number ?? .nan)
        func tooMany() -> LearnError {
            .invalidArgument(name: "label", reason: "\(fileName), line \(line): the label column has more than \(Self.maximumNames) distinct values and not all are numbers")
        }
        guard !tooManyNames else {
            if !allNumbers { throw tooMany() }
            return
        }
        if let index = indexOf[bytes] {
            indices.append(Double(index))
            return
        }
        if names.count == Self.maximumNames {
            guard allNumbers else { throw tooMany() }
            tooManyNames = true  // regression targets: the names are not needed
            (indices, names, indexOf) = ([], [], [:])
            return
        }
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw LearnError.invalidArgument(name: "csv", reason: "\(fileName) is not UTF-8 text (line \(line))")
        }
        indexOf[Array(bytes)[...]] = names.count
        indices.append(Double(names.count))
        names.append(name)
    }

    func finish() -> CSVTableParser.Labels {
        allNumbers ? .numbers(numbers) : .names(indices, names)
    }
}
