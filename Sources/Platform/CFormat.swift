#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// printf-style number formatting (`%.3g`, `%.1f`, `%.2e`) through the C
/// library, which is what `String(format:)` does, without Foundation.
public enum CFormat {
    /// `value` formatted by one printf conversion such as `"%.6g"`.
    public static func string(_ format: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let length = withVaList([value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, arguments) }
        }
        guard length >= 0 else { return String(value) }
        return buffer.withUnsafeBufferPointer { pointer in
            String(decoding: pointer.prefix(Swift.min(Int(length), pointer.count - 1)).map { UInt8(bitPattern: $0) },
                   as: UTF8.self)
        }
    }
}
