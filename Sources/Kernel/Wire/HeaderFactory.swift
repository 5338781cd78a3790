#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes message headers for one kernel process: a fresh session id, unique
/// message ids, protocol version 5.3 and a UTC ISO 8601 date with microseconds.
public struct HeaderFactory: Sendable {
    public static let protocolVersion = "5.3"
    public let session: String
    public let username: String

    public init(session: String = HeaderFactory.uuid(), username: String = "kernel") {
        self.session = session; self.username = username
    }

    public func header(_ msgType: String) -> JSON {
        .object([
            ("msg_id", .string(Self.uuid())),
            ("session", .string(session)),
            ("username", .string(username)),
            ("date", .string(Self.now())),
            ("msg_type", .string(msgType)),
            ("version", .string(Self.protocolVersion)),
        ])
    }

    /// A random (version 4) UUID in its usual text form.
    public static func uuid() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
            .map { $0.joined() }.joined(separator: "-")
    }

    /// The current time as `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    public static func now() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-"
            + pad(Int(parts.tm_mday), 2) + "T" + pad(Int(parts.tm_hour), 2) + ":"
            + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2) + "."
            + pad(Int(spec.tv_nsec) / 1000, 6) + "Z"
    }
}
