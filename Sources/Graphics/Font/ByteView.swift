/// A bounds-checked, big-endian view on a range of bytes. Every read returns
/// an optional, so malformed font data can never trap (ttf-parser's habit).
struct ByteView: Sendable {
    let bytes: [UInt8]
    let start: Int
    let count: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes; self.start = 0; self.count = bytes.count
    }

    private init(bytes: [UInt8], start: Int, count: Int) {
        self.bytes = bytes; self.start = start; self.count = count
    }

    /// The sub-range `offset ..< offset + length`, or nil when it does not fit.
    func slice(_ offset: Int, _ length: Int) -> ByteView? {
        guard offset >= 0, length >= 0, offset <= count, length <= count - offset else { return nil }
        return ByteView(bytes: bytes, start: start + offset, count: length)
    }

    func u8(_ offset: Int) -> UInt8? {
        guard offset >= 0, offset < count else { return nil }
        return bytes[start + offset]
    }

    func i8(_ offset: Int) -> Int8? { u8(offset).map { Int8(bitPattern: $0) } }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 1 < count else { return nil }
        return UInt16(bytes[start + offset]) << 8 | UInt16(bytes[start + offset + 1])
    }

    func i16(_ offset: Int) -> Int16? { u16(offset).map { Int16(bitPattern: $0) } }

    func u32(_ offset: Int) -> UInt32? {
        guard let hi = u16(offset), let lo = u16(offset + 2) else { return nil }
        return UInt32(hi) << 16 | UInt32(lo)
    }

    /// A signed 2.14 fixed-point number, as used by composite glyph scales.
    func f2dot14(_ offset: Int) -> Double? { i16(offset).map { Double($0) / 16384 } }

    /// Four ASCII bytes as a string (a table tag).
    func tag(_ offset: Int) -> String? {
        guard let s = slice(offset, 4) else { return nil }
        return String(decoding: s.bytes[s.start..<(s.start + 4)], as: UTF8.self)
    }
}
