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
        formatted(format, value) ?? String(value)
    }

    /// `value` formatted by one printf integer conversion with the `ll` length (`"%05lld"`, `"%llx"`).
    public static func string(_ format: String, integer value: Int64) -> String {
        formatted(format, value) ?? String(value)
    }

    /// The C library's text, in a buffer as long as it needs (a long `%.300f` is not cut).
    private static func formatted(_ format: String, _ value: some CVarArg, capacity: Int = 512) -> String? {
        var buffer = [CChar](repeating: 0, count: capacity)
        let length = withVaList([value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, arguments) }
        }
        guard length >= 0 else { return nil }
        if Int(length) >= capacity { return formatted(format, value, capacity: Int(length) + 1) }
        return buffer.withUnsafeBufferPointer { pointer in
            String(decoding: pointer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
