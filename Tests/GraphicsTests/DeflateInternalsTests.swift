import CZlib
import Testing
@testable import Graphics

/// The pieces of Loupe's Deflate: Huffman code lengths, Adler-32 and the
/// length/distance tables, each against the RFC or zlib.
@Suite struct DeflateInternalsTests {
    /// Σ 2^-length over used symbols, scaled by 2^limit; a complete prefix code gives exactly 2^limit.
    func kraft(_ lengths: [UInt8], limit: Int) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + (1 << (limit - Int($1))) }
    }

    @Test func huffmanLengthsAreCompleteAndLimited() {
        // Fibonacci frequencies would need 24-bit codes without the limit.
        var fibonacci = [1, 1]
        while fibonacci.count < 25 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for (frequencies, limit) in [(fibonacci, 15), (fibonacci.prefix(19).map { $0 }, 7), ([5, 0, 0, 9, 1, 1, 3], 15)] {
            let code = HuffmanCode(frequencies: frequencies, maxLength: limit)
            #expect(code.lengths.allSatisfy { Int($0) <= limit })
            #expect(kraft(code.lengths, limit: limit) == 1 << limit, "\(frequencies) limit \(limit): \(code.lengths)")
            for (symbol, frequency) in frequencies.enumerated() { #expect((frequency > 0) == (code.lengths[symbol] > 0)) }
        }
    }

    @Test func huffmanGivesAtLeastTwoCodes() {
        for frequencies in [[0, 0, 7, 0], [0, 0, 0, 0]] {
            let code = HuffmanCode(frequencies: frequencies, maxLength: 15)
            #expect(code.lengths.filter { $0 > 0 }.count == 2)
        }
    }

    @Test func huffmanCodesArePrefixFree() {
        let code = HuffmanCode(frequencies: [10, 1, 1, 5, 7, 2, 30], maxLength: 15)
        let words = code.lengths.indices.filter { code.lengths[$0] > 0 }.map { (code.codes[$0], Int(code.lengths[$0])) }
        for (i, a) in words.enumerated() {
            for (j, b) in words.enumerated() where i != j && a.1 <= b.1 {
                #expect(b.0 & ((1 << UInt32(a.1)) - 1) != a.0, "code \(i) is a prefix of \(j)")
            }
        }
    }

    @Test func adler32MatchesZlib() {
        var state: UInt32 = 3
        let bytes = (0..<200_000).map { _ in state = state &* 1_664_525 &+ 1_013_904_223; return UInt8(state >> 24) }
        let ones = [UInt8](repeating: 255, count: 100_000)
        for data in [bytes, ones] {
            for count in [0, 1, 15, 16, 17, 5552, 16_401, 100_000] {
                var ours = Adler32()
                data.withUnsafeBufferPointer { ours.update(UnsafeBufferPointer(rebasing: $0[0..<count / 2])) }
                data.withUnsafeBufferPointer { ours.update(UnsafeBufferPointer(rebasing: $0[(count / 2)..<count])) }
                let reference = data.withUnsafeBufferPointer { UInt32(adler32(1, $0.baseAddress, uInt(count))) }
                #expect(ours.value == reference, "\(count) bytes")
            }
        }
    }

    @Test func adler32CombineMatchesZlib() {
        var state: UInt32 = 11
        let bytes = (0..<70_000).map { _ in state = state &* 1_664_525 &+ 1_013_904_223; return UInt8(state >> 24) }
        for split in [0, 1, 16, 5552, 65_521, 65_522, 69_999, 70_000] {
            let (first, second) = bytes.withUnsafeBufferPointer { b in
                (UInt32(adler32(1, b.baseAddress, uInt(split))), UInt32(adler32(1, b.baseAddress.map { $0 + split }, uInt(b.count - split))))
            }
            let whole = bytes.withUnsafeBufferPointer { UInt32(adler32(1, $0.baseAddress, uInt($0.count))) }
            let reference = UInt32(adler32_combine(uLong(first), uLong(second), off_t(bytes.count - split)))
            #expect(Adler32.combine(first, second, secondLength: bytes.count - split) == whole, "split at \(split)")
            #expect(reference == whole)
        }
    }

    /// A band that does not end the stream ends byte-aligned with an empty stored block (00 00 FF FF).
    @Test func nonFinalBandEndsWithASyncFlush() {
        let out = BitWriter()
        let deflater = RowDeflater(rowLength: 7, pixelBytes: 3, out: out)
        for row in 0..<3 {
            for k in 0..<7 { deflater.nextRow[k] = UInt8(row * 7 + k) }
            deflater.commitRow()
        }
        deflater.finish(final: false)
        #expect(Array(out.bytes.suffix(4)) == [0x00, 0x00, 0xFF, 0xFF])
        var raw = [UInt8](repeating: 0, count: 64)
        let input = out.bytes
        let produced: Int = raw.withUnsafeMutableBufferPointer { output in
            var stream = z_stream()
            guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return -1 }
            defer { inflateEnd(&stream) }
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = output.baseAddress
            stream.avail_out = uInt(output.count)
            let status = inflate(&stream, Z_SYNC_FLUSH)
            return status == Z_OK ? output.count - Int(stream.avail_out) : -1
        }
        #expect(produced == 21)
        #expect(Array(raw.prefix(21)) == (0..<21).map { UInt8($0) })
    }

    @Test func lengthAndDistanceCodesFollowRFC1951() {
        #expect(DeflateSymbols.lengthTable[0].symbol == 257)
        #expect(DeflateSymbols.lengthTable[10 - 3].symbol == 264)
        #expect(DeflateSymbols.lengthTable[11 - 3] == (265, 1, 0))
        #expect(DeflateSymbols.lengthTable[12 - 3] == (265, 1, 1))
        #expect(DeflateSymbols.lengthTable[257 - 3] == (284, 5, 30))
        #expect(DeflateSymbols.lengthTable[258 - 3] == (285, 0, 0))
        #expect(DeflateSymbols.distance(0) == (0, 0, 0))
        #expect(DeflateSymbols.distance(4) == (4, 1, 0))
        #expect(DeflateSymbols.distance(7) == (5, 1, 1))
        #expect(DeflateSymbols.distance(24_576) == (29, 13, 0))
        #expect(DeflateSymbols.distance(32_767) == (29, 13, 8191))
    }
}

@Suite struct PNGFilterSpanTests {
    @Test(arguments: [(0, 0), (0, 1), (5, 6), (3, 40), (17, 64), (63, 64), (0, 64)])
    func differingSpanRunsFromTheFirstToTheLastDifference(first: Int, end: Int) {
        let previous = [UInt8]((0..<64).map { UInt8($0 & 0xFF) })
        var current = previous
        if end > first { current[first] &+= 1; current[end - 1] &+= 3 }
        let span = current.withUnsafeBufferPointer { c in previous.withUnsafeBufferPointer { p in PNGFilter.differingSpan(c, p) } }
        #expect(span == end - first)
    }

    @Test func aRowChangedInANarrowSpanTakesUp() {
        let previous = [UInt8]((0..<960).map { UInt8(($0 * 7) & 0xFF) })
        var current = previous
        for i in 400..<450 { current[i] = 255 }
        let filter = current.withUnsafeBufferPointer { c in previous.withUnsafeBufferPointer { p in PNGFilter.bestFilter(c, p, 3) } }
        #expect(filter == 2)
    }
}
