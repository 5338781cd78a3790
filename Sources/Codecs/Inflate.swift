import CZlib
import Platform

/// Decompression of zlib and gzip streams through the system libz.
public enum Inflate {
    /// Why a compressed stream could not be decompressed.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The data is not a valid stream (zlib's reason).
        case corrupt(String)
        /// The data ends before the stream does.
        case truncated
        /// The decompressed data would pass `limit` bytes.
        case tooLarge(limit: Int)
        /// The running cell was interrupted (the caller's `Interrupt.check()` answers it).
        case interrupted
        /// The output would take the session past its memory budget.
        case outOfMemory(OutOfMemory)

        public var description: String {
            switch self {
            case let .corrupt(reason): return "corrupt compressed data (\(reason))"
            case .truncated: return "the compressed data is truncated"
            case let .tooLarge(limit): return "the data decompresses to more than \(limit) bytes"
            case .interrupted: return "interrupted"
            case let .outOfMemory(refusal): return refusal.description
            }
        }
    }

    /// The container around the deflate data.
    public enum Format: Sendable {
        /// A zlib stream (PNG's image data).
        case zlib
        /// A gzip file; several members one after another are joined, as `gunzip` does.
        case gzip
    }

    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The output is reserved from the memory budget in steps of this many bytes as it grows.
    static let reservationStep = 16 << 20

    /// The decompressed bytes of `input`, at most `limit` of them. The output is reserved from the
    /// session's memory budget as it grows (a small bomb cannot take the kernel past it), and an
    /// interrupt stops the work every 64 KiB of output (`.interrupted`).
    public static func decompress(_ input: [UInt8], format: Format, limit: Int = 1 << 31) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        var offset = 0
        repeat {
            offset += try member(input, from: offset, format: format, limit: limit, into: &output)
        } while format == .gzip && offset < input.count && isGzip(Array(input[offset..<min(offset + 2, input.count)]))
        return output
    }

    /// Inflates one stream starting at `start`, appending to `output`; returns the input bytes it used.
    private static func member(_ input: [UInt8], from start: Int, format: Format, limit: Int,
                               into output: inout [UInt8]) throws(Failure) -> Int {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deinitialize(count: 1); stream.deallocate() }
        let windowBits: Int32 = format == .gzip ? 15 + 16 : 15
        guard inflateInit2_(stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let remaining = input.count - start
        let result: Result<Int, Failure> = input.withUnsafeBufferPointer { source in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress.map { $0 + start })
            stream.pointee.avail_in = uInt(clamping: remaining)
            while true {
                let (status, produced): (Int32, Int) = chunk.withUnsafeMutableBufferPointer { out in
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = uInt(out.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    return (status, out.count - Int(stream.pointee.avail_out))
                }
                if output.count + produced > limit { return .failure(.tooLarge(limit: limit)) }
                if Interrupt.isRequested { return .failure(.interrupted) }
                if (output.count + produced) / reservationStep > output.count / reservationStep {
                    do throws(OutOfMemory) { try MemoryBudget.reserve(reservationStep, for: "decompressed data") } catch {
                        return .failure(.outOfMemory(error))
                    }
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    return .success(remaining - Int(stream.pointee.avail_in))
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                    return .failure(.truncated)
                default:
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                    return .failure(.corrupt(message))
                }
            }
        }
        return try result.get()
    }
}
