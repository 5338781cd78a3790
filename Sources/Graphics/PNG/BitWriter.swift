/// A growable byte buffer that also writes Deflate's LSB-first bit fields
/// (RFC 1951 §3.1.1) through a 64-bit accumulator, four bytes at a time.
final class BitWriter {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Whole bytes written so far (excluding bits still in the accumulator).
    private(set) var count = 0
    private var bits: UInt64 = 0
    private var bitCount = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = Swift.max(64, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Makes room for at least `more` further bytes, so `put` needs no checks.
    func reserve(_ more: Int) {
        let needed = count + more + 8
        guard needed > capacity else { return }
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = grown
    }

    /// Appends the low `length` bits of `value` (length ≤ 32); room must be reserved.
    @inline(__always) func put(_ value: UInt32, _ length: Int) {
        bits |= UInt64(value) << UInt64(bitCount)
        bitCount += length
        if bitCount >= 32 {
            UnsafeMutableRawPointer(storage + count).storeBytes(of: UInt32(truncatingIfNeeded: bits).littleEndian, as: UInt32.self)
            count += 4
            bits >>= 32
            bitCount -= 32
        }
    }

    /// Pads the bit stream with zeros to a byte boundary and writes out the accumulator.
    func alignToByte() {
        reserve(8)
        while bitCount > 0 {
            storage[count] = UInt8(truncatingIfNeeded: bits)
            count += 1
            bits >>= 8
            bitCount = Swift.max(0, bitCount - 8)
        }
        bits = 0
    }

    /// Appends whole bytes; the bit stream must be byte-aligned.
    func append(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { UnsafeMutableRawPointer(storage + count).copyMemory(from: base, byteCount: bytes.count) }
        count += bytes.count
    }

    /// Appends a big-endian 32-bit value; the bit stream must be byte-aligned.
    func appendBigEndian(_ value: UInt32) {
        withUnsafeBytes(of: value.bigEndian) { append($0) }
    }

    /// Overwrites four already written bytes at `offset` with a big-endian value.
    func patchBigEndian(_ value: UInt32, at offset: Int) {
        guard offset >= 0, offset + 4 <= count else { return }
        UnsafeMutableRawPointer(storage + offset).storeBytes(of: value.bigEndian, as: UInt32.self)
    }

    /// The bytes written so far (the bit stream must be byte-aligned).
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }
}
