/// A raw Deflate (RFC 1951) compressor specialised for filtered PNG rows,
/// which are mostly runs: each row is filtered straight into `nextRow`, then
/// `commitRow()` tokenises it greedily with matches at distance 1 (byte runs),
/// one pixel back and one row up, each checked by 8-byte compares. Tokens are
/// buffered and written as blocks of ~64 K tokens, each with its own dynamic
/// (or the fixed) Huffman code. One deflater may compress a band of a larger
/// stream: primed with the row before the band, it matches across the band's
/// top edge, and it can end on a byte boundary without ending the stream.
///
/// A row that repeats the two rows before it is tokenised as the last row was
/// (the matcher sees the same bytes), so its tokens are copied, and its
/// checksum is the last row's, combined rather than summed again.
final class RowDeflater {
    /// Bytes per filtered row, filter byte included.
    let rowLength: Int
    private let pixelBytes: Int
    /// The previous row at `[0, rowLength)`, the next one at `[rowLength, 2 rowLength)`, then slack for wide loads.
    private let window: UnsafeMutablePointer<UInt8>
    private let tokens: UnsafeMutablePointer<UInt32>
    private let tokenCapacity: Int
    private var tokenCount = 0
    private var literalFrequencies = [Int](repeating: 0, count: 286)
    private var distanceFrequencies = [Int](repeating: 0, count: 30)
    private var rowsCommitted = 0
    /// The Adler-32 of the committed rows (not of a priming row).
    private(set) var checksum: UInt32 = 1
    /// The Adler-32 of the last committed row alone (nil before the first).
    private var rowChecksum: UInt32?
    /// Where the last committed row's tokens start in `tokens` (nil once they were flushed).
    private var lastRowTokens: Range<Int>?
    /// Whether the last committed row repeated the one before it.
    private var lastRowRepeated = false
    /// The match distances tried: a byte back, a pixel back, a row up (those within the window).
    private let candidates: [Int]
    private let out: BitWriter
    private static let tokensPerBlock = 1 << 16
    private static let maxMatch = 258

    /// Starts compressing into `out`; rows are `rowLength` bytes, pixels `pixelBytes` wide.
    init(rowLength: Int, pixelBytes: Int, out: BitWriter) {
        self.rowLength = Swift.max(1, rowLength)
        self.pixelBytes = Swift.max(1, pixelBytes)
        self.out = out
        window = .allocate(capacity: 2 * self.rowLength + 16)
        window.initialize(repeating: 0, count: 2 * self.rowLength + 16)
        tokenCapacity = RowDeflater.tokensPerBlock + self.rowLength
        tokens = .allocate(capacity: tokenCapacity)
        candidates = [1, self.pixelBytes, self.rowLength].filter { $0 <= 32768 }
    }

    deinit {
        window.deallocate()
        tokens.deallocate()
    }

    /// Where the caller writes the next filtered row (`rowLength` bytes).
    var nextRow: UnsafeMutablePointer<UInt8> { window + rowLength }

    /// Where the caller may write, before the first row, the filtered row that precedes this band in the
    /// stream; after `commitPrimingRow()` matches may reach back into it (the decoder already has it).
    var primingRow: UnsafeMutablePointer<UInt8> { window }

    /// Makes the row written to `primingRow` the history of the first row, without compressing it.
    func commitPrimingRow() {
        guard rowsCommitted == 0 else { return }
        rowsCommitted = 1
    }

    /// Compresses the row written to `nextRow`; `repeatsLast` promises that it is byte for byte the
    /// row committed before it (which `nextRow` then still holds).
    func commitRow(repeatsLast: Bool = false) {
        let repeated = repeatsLast && rowChecksum != nil
        let own: UInt32
        if repeated, let last = rowChecksum {
            own = last
        } else {
            var sum = Adler32()
            sum.update(UnsafeBufferPointer(start: nextRow, count: rowLength))
            own = sum.value
        }
        rowChecksum = own
        checksum = Adler32.combine(checksum, own, secondLength: rowLength)
        if tokenCount + rowLength > tokenCapacity { flushBlock(final: false) }
        let start = tokenCount
        if repeated && lastRowRepeated, let last = lastRowTokens {
            copyTokens(last)
        } else {
            tokenizeRow()
        }
        lastRowTokens = start..<tokenCount
        lastRowRepeated = repeated
        if !repeated { window.update(from: window + rowLength, count: rowLength) }
        rowsCommitted += 1
    }

    /// Appends the tokens at `range` again, counting their symbols.
    private func copyTokens(_ range: Range<Int>) {
        (tokens + tokenCount).update(from: tokens + range.lowerBound, count: range.count)
        for token in UnsafeBufferPointer(start: tokens + tokenCount, count: range.count) {
            if token & DeflateBlock.matchFlag != 0 {
                literalFrequencies[Int(DeflateSymbols.lengthTable[Int(token >> 16 & 0x1FF)].symbol)] += 1
                distanceFrequencies[DeflateSymbols.distance(token & 0xFFFF).code] += 1
            } else {
                literalFrequencies[Int(token)] += 1
            }
        }
        tokenCount += range.count
    }

    /// Writes the buffered tokens as a block, leaving `out` byte-aligned. The final block ends the
    /// Deflate stream; otherwise an empty stored block follows (as zlib's Z_SYNC_FLUSH writes), so
    /// the next band's blocks can be appended byte for byte.
    func finish(final: Bool) {
        if final || tokenCount > 0 { flushBlock(final: final) }
        if !final {
            out.reserve(8)
            out.put(0, 3)
            out.alignToByte()
            out.appendBigEndian(0x0000_FFFF)
        }
        out.alignToByte()
    }

    private func flushBlock(final: Bool) {
        DeflateBlock.write(UnsafeBufferPointer(start: tokens, count: tokenCount), literalFrequencies: literalFrequencies,
                           distanceFrequencies: distanceFrequencies, final: final, to: out)
        tokenCount = 0
        lastRowTokens = nil
        for i in literalFrequencies.indices { literalFrequencies[i] = 0 }
        for i in distanceFrequencies.indices { distanceFrequencies[i] = 0 }
    }

    /// Greedy LZ77 over the row in `[rowLength, 2 rowLength)` of the window.
    private func tokenizeRow() {
        let end = 2 * rowLength
        // How far back the stream reaches from the start of this row.
        let history = rowsCommitted * rowLength
        let candidates = self.candidates
        let base = window
        var count = tokenCount
        literalFrequencies.withUnsafeMutableBufferPointer { literals in
            distanceFrequencies.withUnsafeMutableBufferPointer { distances in
                var s = rowLength
                while s < end {
                    let remaining = end - s
                    var bestLength = 0, bestDistance = 0
                    if remaining >= 3 {
                        let here = RowDeflater.load3(base + s)
                        let limit = Swift.min(remaining, RowDeflater.maxMatch)
                        for d in candidates where d <= history + s - rowLength && RowDeflater.load3(base + s - d) == here {
                            let length = RowDeflater.matchLength(base + s, base + s - d, limit)
                            if length > bestLength { bestLength = length; bestDistance = d }
                            if length == limit { break }  // no later candidate can be longer
                        }
                    }
                    if bestLength >= 3 {
                        tokens[count] = DeflateBlock.matchFlag | UInt32(bestLength - 3) << 16 | UInt32(bestDistance - 1)
                        literals[Int(DeflateSymbols.lengthTable[bestLength - 3].symbol)] += 1
                        distances[DeflateSymbols.distance(UInt32(bestDistance - 1)).code] += 1
                        s += bestLength
                    } else {
                        let byte = base[s]
                        tokens[count] = UInt32(byte)
                        literals[Int(byte)] += 1
                        s += 1
                    }
                    count += 1
                }
            }
        }
        tokenCount = count
    }

    @inline(__always) private static func load3(_ p: UnsafeMutablePointer<UInt8>) -> UInt32 {
        UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) & 0x00FF_FFFF
    }

    /// How many leading bytes of `a` and `b` agree, up to `limit`.
    @inline(__always) private static func matchLength(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafeMutablePointer<UInt8>, _ limit: Int) -> Int {
        var n = 0
        while n + 8 <= limit {
            let difference = UnsafeRawPointer(a + n).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(b + n).loadUnaligned(as: UInt64.self)
            if difference != 0 { return n + difference.littleEndian.trailingZeroBitCount >> 3 }
            n += 8
        }
        while n < limit && a[n] == b[n] { n += 1 }
        return n
    }
}
