import CZlib
import Testing
@testable import Codecs

/// zlib and gzip decompression: joined gzip members, limits, damage.
@Suite struct InflateTests {
    /// `bytes` gzipped by zlib's own writer (deflateInit2 with gzip wrapping).
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        var out = [UInt8](repeating: 0, count: bytes.count + 256)
        var input = bytes
        let produced = input.withUnsafeMutableBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        deflateEnd(&stream)
        return Array(out.prefix(produced))
    }

    @Test func gzipMembersAreJoinedAndZlibStreamsRead() throws {
        let first = Array("hello, ".utf8), second = Array((0..<5000).map { UInt8($0 % 251) })
        #expect(try Inflate.decompress(Self.gzip(first) + Self.gzip(second), format: .gzip) == first + second)
        var length = compressBound(uLong(second.count))
        var zlib = [UInt8](repeating: 0, count: Int(length))
        _ = compress(&zlib, &length, second, uLong(second.count))
        #expect(try Inflate.decompress(Array(zlib.prefix(Int(length))), format: .zlib) == second)
        #expect(Inflate.isGzip(Self.gzip(first)) && !Inflate.isGzip(first))
    }

    @Test func damageAndLimitsAreErrors() {
        let packed = Self.gzip(Array(repeating: 7, count: 100_000))
        #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress(Array(packed.prefix(packed.count / 2)), format: .gzip) }
        #expect(throws: Inflate.Failure.tooLarge(limit: 1000)) { try Inflate.decompress(packed, format: .gzip, limit: 1000) }
        var corrupt = packed
        corrupt[12] ^= 0x55
        #expect(throws: (any Error).self) { try Inflate.decompress(corrupt, format: .gzip) }
        #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress([], format: .zlib) }
    }
}
