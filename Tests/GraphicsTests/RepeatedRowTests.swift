import RenderTestSupport
import Testing
@testable import Graphics

/// Rows that repeat the rows above them (a chart's bars and margins) skip
/// filtering, matching and summing; the stream must be byte for byte the one
/// made by treating every row afresh, across block flushes and band primes.
@Suite struct RepeatedRowTests {
    /// Rows of `length` bytes: runs of a repeated row between rows of noise (about one token per
    /// byte, so a few dozen of them fill a 64 K-token block).
    static func rows(length: Int, count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SplitMix(seed: seed)
        var rows: [[UInt8]] = []
        var current = [UInt8](repeating: 0, count: length)
        while rows.count < count {
            if random.next() % 3 == 0 {
                current = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                rows.append(current)
            } else {
                let run = Int(random.next() % 9)
                rows.append(contentsOf: repeatElement(current, count: Swift.min(run, count - rows.count)))
            }
        }
        return rows
    }

    /// The deflated bytes and checksum of `rows`, each committed with `repeatsLast` when `skipping`
    /// and it equals the row before; `prime` is written as the row before the band.
    static func deflate(_ rows: [[UInt8]], prime: [UInt8]?, skipping: Bool) -> (bytes: [UInt8], adler: UInt32) {
        let out = BitWriter()
        let length = rows.first?.count ?? 1
        let deflater = RowDeflater(rowLength: length, pixelBytes: 3, out: out)
        if let prime {
            for (k, byte) in prime.enumerated() { deflater.primingRow[k] = byte }
            deflater.commitPrimingRow()
        }
        for (index, row) in rows.enumerated() {
            let repeats = skipping && index > 0 && rows[index - 1] == row
            if !repeats { for (k, byte) in row.enumerated() { deflater.nextRow[k] = byte } }
            deflater.commitRow(repeatsLast: repeats)
        }
        deflater.finish(final: true)
        return (Array(out.bytes), deflater.checksum)
    }

    /// Where two byte strings first differ (the shorter one's end when one is a prefix), nil when equal.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        if let index = (0..<Swift.min(a.count, b.count)).first(where: { a[$0] != b[$0] }) { return index }
        return a.count == b.count ? nil : Swift.min(a.count, b.count)
    }

    @Test(arguments: [(1000, 200, UInt64(1)), (97, 3000, 2), (4801, 60, 3)])
    func repeatedRowsDeflateToTheSameBytes(length: Int, count: Int, seed: UInt64) {
        let rows = Self.rows(length: length, count: count, seed: seed)
        #expect(rows.indices.dropFirst(2).contains { rows[$0] == rows[$0 - 1] && rows[$0 - 1] == rows[$0 - 2] })
        for prime in [nil, rows[0].map { $0 ^ 0x5A }] {
            let fresh = Self.deflate(rows, prime: prime, skipping: false)
            let skipped = Self.deflate(rows, prime: prime, skipping: true)
            // Compared by first difference: a failing `==` on long arrays would make the test library diff them.
            #expect(Self.firstDifference(skipped.bytes, fresh.bytes) == nil, "length \(length), primed: \(prime != nil)")
            #expect(skipped.adler == fresh.adler)
        }
    }

    /// Filtering a band row by row names exactly the rows that repeat the last one, and each row
    /// passed is what filtering that row alone (against the image row above it) gives.
    @Test func filterRowsFlagsExactlyTheRepeatedRows() {
        let image = PNGBandTests.chart(300, 240)
        for opaque in [true, false] {
            let length = image.width * (opaque ? 3 : 4) + 1
            let destination = UnsafeMutablePointer<UInt8>.allocate(capacity: length)
            defer { destination.deallocate() }
            for band in [0..<240, 37..<200] {
                var passed: [(row: [UInt8], repeats: Bool)] = []
                PNGRowFilter.filterRows(of: image, opaque: opaque, rows: band, into: destination) { repeats in
                    passed.append((Array(UnsafeBufferPointer(start: destination, count: length)), repeats))
                }
                #expect(passed.count == band.count)
                #expect(passed.contains { $0.repeats }, "a chart has repeated rows")
                for (offset, y) in band.enumerated() {
                    var alone: [UInt8] = []
                    PNGRowFilter.filterRows(of: image, opaque: opaque, rows: y..<(y + 1), into: destination) { _ in
                        alone = Array(UnsafeBufferPointer(start: destination, count: length))
                    }
                    #expect(Self.firstDifference(passed[offset].row, alone) == nil, "row \(y)")
                    let same = offset > 0 && passed[offset].row == passed[offset - 1].row
                    if passed[offset].repeats { #expect(same, "row \(y) flagged but differs") }
                }
            }
        }
    }
}
