import CZlib

/// zlib-format compression through the system libz.
enum Deflate {
    /// Compresses `input` as one zlib stream; nil only if zlib reports an error.
    static func compress(_ input: UnsafeBufferPointer<UInt8>, level: Int32, strategy: Int32) -> [UInt8]? {
        var stream = z_stream()
        let initStatus = deflateInit2_(&stream, level, Z_DEFLATED, 15, 8, strategy,
                                       ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let status: Int32 = output.withUnsafeMutableBufferPointer { out in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            return deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// CRC-32 (as PNG chunks use) of `bytes`, continuing from `crc`.
    static func crc(_ bytes: UnsafeBufferPointer<UInt8>, _ crc: UInt32 = 0) -> UInt32 {
        UInt32(crc32(uLong(crc), bytes.baseAddress, uInt(bytes.count)))
    }
}
