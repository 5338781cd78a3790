import CZlib

/// A zlib-format compression stream over the system libz, fed piece by
/// piece so no whole-image buffer is needed.
final class DeflateStream {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private(set) var output: [UInt8] = []
    private var ok: Bool

    init(level: Int32, strategy: Int32) {
        stream.initialize(to: z_stream())
        ok = deflateInit2_(stream, level, Z_DEFLATED, 15, 8, strategy, ZLIB_VERSION,
                           Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if ok { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses more input.
    func write(_ input: UnsafeBufferPointer<UInt8>) { run(input, flush: Z_NO_FLUSH) }

    /// Ends the stream and returns all compressed bytes (nil if zlib failed).
    func finish() -> [UInt8]? {
        run(UnsafeBufferPointer(start: nil, count: 0), flush: Z_FINISH)
        return ok ? output : nil
    }

    private func run(_ input: UnsafeBufferPointer<UInt8>, flush: Int32) {
        guard ok else { return }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = uInt(input.count)
        let chunkSize = chunk.count
        repeat {
            let (status, produced): (Int32, Int) = chunk.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(chunkSize)
                let status = deflate(stream, flush)
                return (status, chunkSize - Int(stream.pointee.avail_out))
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else { ok = false; return }
            output += chunk[0..<produced]
            if status == Z_STREAM_END { return }
            if status == Z_BUF_ERROR && produced == 0 { if flush == Z_FINISH { ok = false }; return }
        } while stream.pointee.avail_out == 0 || (flush == Z_FINISH)
    }

    /// CRC-32 (as PNG chunks use) of `bytes`.
    static func crc(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(crc32(0, bytes.baseAddress, uInt(bytes.count)))
    }
}
