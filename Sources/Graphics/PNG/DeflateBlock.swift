/// Writes one Deflate block (RFC 1951 §3.2.5–3.2.7) of buffered LZ77 tokens
/// with whichever of a dynamic or the fixed Huffman code is smaller.
///
/// A token is a literal byte (0...255) or, with bit 31 set, a match:
/// `(length - 3) << 16 | (distance - 1)`.
enum DeflateBlock {
    static let matchFlag: UInt32 = 1 << 31

    static func write(_ tokens: UnsafeBufferPointer<UInt32>, literalFrequencies: [Int], distanceFrequencies: [Int],
                      final: Bool, to out: BitWriter) {
        var literals = literalFrequencies
        literals[256] += 1
        let literalCode = HuffmanCode(frequencies: literals, maxLength: 15)
        let distanceCode = HuffmanCode(frequencies: distanceFrequencies, maxLength: 15)
        let header = DynamicHeader(literalCode, distanceCode)
        let dynamicBits = header.bitCount + literalCode.cost(literals) + distanceCode.cost(distanceFrequencies)
        let fixedBits = DeflateSymbols.fixedLiteralCode.cost(literals) + DeflateSymbols.fixedDistanceCode.cost(distanceFrequencies)
        out.reserve(tokens.count * 8 + 512)
        out.put(final ? 1 : 0, 1)
        if dynamicBits < fixedBits {
            out.put(2, 2)
            header.write(to: out)
            writeTokens(tokens, literalCode, distanceCode, to: out)
        } else {
            out.put(1, 2)
            writeTokens(tokens, DeflateSymbols.fixedLiteralCode, DeflateSymbols.fixedDistanceCode, to: out)
        }
    }

    /// Code and length packed as `length << 16 | code` per symbol.
    private static func packed(_ code: HuffmanCode) -> [UInt32] {
        zip(code.codes, code.lengths).map { $0 | UInt32($1) << 16 }
    }

    private static func writeTokens(_ tokens: UnsafeBufferPointer<UInt32>, _ literalCode: HuffmanCode,
                                    _ distanceCode: HuffmanCode, to out: BitWriter) {
        let literal = packed(literalCode), distance = packed(distanceCode)
        // Each match length's symbol code and extra bits, as one field.
        let length: [UInt32] = DeflateSymbols.lengthTable.map { entry in
            let symbol = literal[Int(entry.symbol)]
            let codeLength = symbol >> 16
            return (symbol & 0xFFFF | UInt32(entry.extraValue) << codeLength) | (codeLength + UInt32(entry.extraBits)) << 24
        }
        literal.withUnsafeBufferPointer { literal in
            distance.withUnsafeBufferPointer { distance in
                length.withUnsafeBufferPointer { length in
                    for token in tokens {
                        if token & matchFlag == 0 {
                            let entry = literal[Int(token)]
                            out.put(entry & 0xFFFF, Int(entry >> 16))
                        } else {
                            let entry = length[Int((token >> 16) & 0xFF)]
                            out.put(entry & 0xFF_FFFF, Int(entry >> 24))
                            let d = DeflateSymbols.distance(token & 0x7FFF)
                            let code = distance[d.code]
                            let codeLength = code >> 16
                            out.put(code & 0xFFFF | d.extraValue << codeLength, Int(codeLength) + d.extraBits)
                        }
                    }
                    let end = literal[256]
                    out.put(end & 0xFFFF, Int(end >> 16))
                }
            }
        }
    }
}

/// The code-length tables that open a dynamic block, run-length coded (RFC 1951 §3.2.7).
private struct DynamicHeader {
    let literalCount: Int, distanceCount: Int, codeLengthCount: Int
    /// Code-length symbols (0...18) with their repeat extra bits.
    var symbols: [(symbol: Int, extra: UInt32)] = []
    let codeLengthCode: HuffmanCode

    init(_ literalCode: HuffmanCode, _ distanceCode: HuffmanCode) {
        var literals = 286, distances = 30
        while literals > 257 && literalCode.lengths[literals - 1] == 0 { literals -= 1 }
        while distances > 1 && distanceCode.lengths[distances - 1] == 0 { distances -= 1 }
        literalCount = literals; distanceCount = distances
        let all = Array(literalCode.lengths[0..<literals]) + Array(distanceCode.lengths[0..<distances])
        var i = 0
        while i < all.count {
            let length = all[i]
            var run = 1
            while i + run < all.count && all[i + run] == length { run += 1 }
            if length == 0 && run >= 3 {
                let taken = Swift.min(run, 138)
                symbols.append(taken >= 11 ? (18, UInt32(taken - 11)) : (17, UInt32(taken - 3)))
                i += taken
            } else if length != 0 && run >= 4 {
                let repeats = Swift.min(run - 1, 6)
                symbols.append((Int(length), 0))
                symbols.append((16, UInt32(repeats - 3)))
                i += 1 + repeats
            } else {
                symbols.append((Int(length), 0))
                i += 1
            }
        }
        var frequencies = [Int](repeating: 0, count: 19)
        for entry in symbols { frequencies[entry.symbol] += 1 }
        codeLengthCode = HuffmanCode(frequencies: frequencies, maxLength: 7)
        var count = 19
        while count > 4 && codeLengthCode.lengths[DeflateSymbols.codeLengthOrder[count - 1]] == 0 { count -= 1 }
        codeLengthCount = count
    }

    static func extraBits(_ symbol: Int) -> Int { symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0 }

    var bitCount: Int {
        symbols.reduce(14 + 3 * codeLengthCount) { $0 + Int(codeLengthCode.lengths[$1.symbol]) + DynamicHeader.extraBits($1.symbol) }
    }

    func write(to out: BitWriter) {
        out.reserve(400)
        out.put(UInt32(literalCount - 257), 5)
        out.put(UInt32(distanceCount - 1), 5)
        out.put(UInt32(codeLengthCount - 4), 4)
        for k in 0..<codeLengthCount { out.put(UInt32(codeLengthCode.lengths[DeflateSymbols.codeLengthOrder[k]]), 3) }
        for entry in symbols {
            out.put(codeLengthCode.codes[entry.symbol], Int(codeLengthCode.lengths[entry.symbol]))
            let extra = DynamicHeader.extraBits(entry.symbol)
            if extra > 0 { out.put(entry.extra, extra) }
        }
    }
}
