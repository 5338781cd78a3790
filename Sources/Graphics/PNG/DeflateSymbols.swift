/// Deflate's length and distance alphabets (RFC 1951 §3.2.5) and the
/// fixed Huffman code lengths (§3.2.6), as lookup tables.
enum DeflateSymbols {
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                    67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

    /// For a match length minus 3 (0...255): literal/length symbol, extra-bit count, extra-bit value.
    static let lengthTable: [(symbol: UInt16, extraBits: UInt8, extraValue: UInt16)] = {
        var table = [(symbol: UInt16, extraBits: UInt8, extraValue: UInt16)](repeating: (0, 0, 0), count: 256)
        for code in lengthBase.indices {
            let base = lengthBase[code]
            for length in base..<Swift.min(259, base + (1 << lengthExtra[code])) {
                table[length - 3] = (UInt16(257 + code), UInt8(lengthExtra[code]), UInt16(length - base))
            }
        }
        return table
    }()

    /// The distance code, extra-bit count and extra-bit value of `distance - 1` (0...32767).
    @inline(__always) static func distance(_ zeroBased: UInt32) -> (code: Int, extraBits: Int, extraValue: UInt32) {
        if zeroBased < 4 { return (Int(zeroBased), 0, 0) }
        let top = 31 - zeroBased.leadingZeroBitCount
        let extraBits = top - 1
        return (2 * top + Int((zeroBased >> UInt32(extraBits)) & 1), extraBits, zeroBased & ((1 << UInt32(extraBits)) - 1))
    }

    /// Order in which code-length code lengths are sent (RFC 1951 §3.2.7).
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixedLiteralCode = HuffmanCode(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
    static let fixedDistanceCode = HuffmanCode(lengths: [UInt8](repeating: 5, count: 30))
}
