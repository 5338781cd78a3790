/// A length-limited canonical Huffman code for one Deflate alphabet
/// (RFC 1951 §3.2.2): code lengths from symbol frequencies, and the codes
/// bit-reversed for LSB-first output. Lengths follow Moffat and Katajainen's
/// in-place minimum-redundancy algorithm, then are clamped to the limit by
/// rebalancing the length counts (as miniz's `tdefl_optimize_huffman_table`).
struct HuffmanCode {
    /// Code length of each symbol (0 = unused).
    private(set) var lengths: [UInt8]
    /// Bit-reversed code of each symbol, ready for `BitWriter.put`.
    private(set) var codes: [UInt32]

    /// The code for `frequencies`, no code longer than `maxLength`; at least two
    /// symbols get codes, so every decoder accepts the result.
    init(frequencies: [Int], maxLength: Int) {
        lengths = HuffmanCode.codeLengths(frequencies, maxLength: maxLength)
        codes = HuffmanCode.canonicalCodes(lengths)
    }

    /// A code from given lengths (the fixed Huffman code of RFC 1951 §3.2.6).
    init(lengths: [UInt8]) {
        self.lengths = lengths
        codes = HuffmanCode.canonicalCodes(lengths)
    }

    /// Bits needed to write symbols with these frequencies (extra bits not included).
    func cost(_ frequencies: [Int]) -> Int {
        var total = 0
        for (symbol, frequency) in frequencies.enumerated() where frequency > 0 { total += frequency * Int(lengths[symbol]) }
        return total
    }

    static func codeLengths(_ frequencies: [Int], maxLength: Int) -> [UInt8] {
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        for filler in frequencies.indices where used.count < 2 && !used.contains(filler) { used.append(filler) }
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        guard used.count >= 2 else { return lengths }
        used.sort { (Swift.max(1, frequencies[$0]), $0) < (Swift.max(1, frequencies[$1]), $1) }
        var key = used.map { Swift.max(1, frequencies[$0]) }
        minimumRedundancyLengths(&key)
        var perLength = [Int](repeating: 0, count: Swift.max(maxLength, key.max() ?? 0) + 1)
        for length in key { perLength[length] += 1 }
        limit(&perLength, to: maxLength)
        var next = used.count
        for length in 1...maxLength {
            for _ in 0..<perLength[length] { next -= 1; lengths[used[next]] = UInt8(length) }
        }
        return lengths
    }

    /// Replaces ascending weights by their optimal code lengths, in place.
    private static func minimumRedundancyLengths(_ a: inout [Int]) {
        let n = a.count
        a[0] += a[1]
        var root = 0, leaf = 2
        for next in 1..<(n - 1) {
            if leaf >= n || a[root] < a[leaf] { a[next] = a[root]; a[root] = next; root += 1 } else { a[next] = a[leaf]; leaf += 1 }
            if leaf >= n || (root < next && a[root] < a[leaf]) {
                a[next] += a[root]; a[root] = next; root += 1
            } else {
                a[next] += a[leaf]; leaf += 1
            }
        }
        a[n - 2] = 0
        var next = n - 3
        while next >= 0 { a[next] = a[a[next]] + 1; next -= 1 }
        var available = 1, usedNodes = 0, depth = 0
        root = n - 2
        next = n - 1
        while available > 0 {
            while root >= 0 && a[root] == depth { usedNodes += 1; root -= 1 }
            while available > usedNodes { a[next] = depth; next -= 1; available -= 1 }
            available = 2 * usedNodes; depth += 1; usedNodes = 0
        }
    }

    /// Moves codes longer than `maxLength` up to it and rebalances until the Kraft sum is exact.
    private static func limit(_ perLength: inout [Int], to maxLength: Int) {
        guard perLength.count > maxLength + 1 else { return }
        for length in (maxLength + 1)..<perLength.count { perLength[maxLength] += perLength[length]; perLength[length] = 0 }
        var total = 0
        for length in 1...maxLength { total += perLength[length] << (maxLength - length) }
        while total > 1 << maxLength {
            perLength[maxLength] -= 1
            for length in stride(from: maxLength - 1, to: 0, by: -1) where perLength[length] > 0 {
                perLength[length] -= 1; perLength[length + 1] += 2
                break
            }
            total -= 1
        }
    }

    private static func canonicalCodes(_ lengths: [UInt8]) -> [UInt32] {
        var perLength = [UInt32](repeating: 0, count: 17)
        for length in lengths where length > 0 { perLength[Int(length)] += 1 }
        var next = [UInt32](repeating: 0, count: 17)
        var code: UInt32 = 0
        for length in 1...16 { code = (code + perLength[length - 1]) << 1; next[length] = code }
        var codes = [UInt32](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let value = next[Int(length)]
            next[Int(length)] += 1
            var reversed: UInt32 = 0
            for bit in 0..<Int(length) where value & (1 << UInt32(bit)) != 0 { reversed |= 1 << UInt32(Int(length) - 1 - bit) }
            codes[symbol] = reversed
        }
        return codes
    }
}
