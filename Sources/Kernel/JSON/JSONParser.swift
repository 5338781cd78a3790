/// Why a JSON text was refused.
public enum JSONParseError: Error, Equatable, Sendable {
    case tooLarge(bytes: Int, limit: Int)
    case tooDeep(limit: Int)
    case unexpectedEnd
    case unexpectedByte(UInt8, at: Int)
    case invalidString(at: Int)
    case invalidNumber(at: Int)
    case trailingData(at: Int)
}

/// A strict RFC 8259 parser over UTF-8 bytes, bounded in size and nesting
/// depth so hostile input cannot exhaust the stack or stall the kernel.
public struct JSONParser: Sendable {
    public var maxDepth: Int
    public var maxBytes: Int

    public init(maxDepth: Int = 128, maxBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth; self.maxBytes = maxBytes
    }

    public func parse(_ text: String) throws(JSONParseError) -> JSON {
        try parse(Array(text.utf8))
    }

    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSON {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        var cursor = Cursor(bytes: bytes, maxDepth: maxDepth)
        cursor.skipSpace()
        let value = try cursor.value(depth: 0)
        cursor.skipSpace()
        guard cursor.index == bytes.count else { throw .trailingData(at: cursor.index) }
        return value
    }
}

private struct Cursor {
    let bytes: [UInt8]
    let maxDepth: Int
    var index = 0

    init(bytes: [UInt8], maxDepth: Int) { self.bytes = bytes; self.maxDepth = maxDepth }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func peek() throws(JSONParseError) -> UInt8 {
        guard index < bytes.count else { throw .unexpectedEnd }
        return bytes[index]
    }

    mutating func expect(_ literal: String, _ value: JSON) throws(JSONParseError) -> JSON {
        for byte in literal.utf8 {
            guard try peek() == byte else { throw .unexpectedByte(bytes[index], at: index) }
            index += 1
        }
        return value
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSON {
        switch try peek() {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        case let other: throw .unexpectedByte(other, at: index)
        }
    }

    mutating func object(depth: Int) throws(JSONParseError) -> JSON {
        guard depth <= maxDepth else { throw .tooDeep(limit: maxDepth) }
        index += 1
        var members: [(String, JSON)] = []
        skipSpace()
        if try peek() == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard try peek() == UInt8(ascii: "\"") else { throw .unexpectedByte(bytes[index], at: index) }
            let key = try string()
            skipSpace()
            guard try peek() == UInt8(ascii: ":") else { throw .unexpectedByte(bytes[index], at: index) }
            index += 1
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "}") { return .object(members) }
            guard next == UInt8(ascii: ",") else { throw .unexpectedByte(next, at: index - 1) }
        }
    }

    mutating func array(depth: Int) throws(JSONParseError) -> JSON {
        guard depth <= maxDepth else { throw .tooDeep(limit: maxDepth) }
        index += 1
        var items: [JSON] = []
        skipSpace()
        if try peek() == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "]") { return .array(items) }
            guard next == UInt8(ascii: ",") else { throw .unexpectedByte(next, at: index - 1) }
        }
    }

    mutating func string() throws(JSONParseError) -> String {
        let start = index
        index += 1
        var out: [UInt8] = []
        while true {
            let byte = try peek()
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: out, as: UTF8.self) else { throw .invalidString(at: start) }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &out, stringStart: start)
            case 0..<0x20:
                throw .invalidString(at: index - 1)
            default:
                out.append(byte)
            }
        }
    }

    mutating func escape(into out: inout [UInt8], stringStart: Int) throws(JSONParseError) {
        let byte = try peek()
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw .invalidString(at: stringStart) }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw .invalidString(at: stringStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw .invalidString(at: stringStart) }
            out.append(contentsOf: Array(String(Character(unicode)).utf8))
        default: throw .invalidString(at: index - 1)
        }
    }

    mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .unexpectedEnd }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalidString(at: index)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    mutating func number() throws(JSONParseError) -> JSON {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard try digits() > 0 else { throw .invalidNumber(at: start) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard try digits() > 0 else { throw .invalidNumber(at: start) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard try digits() > 0 else { throw .invalidNumber(at: start) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let int = Int(text) { return .int(int) }
        guard let double = Double(text) else { throw .invalidNumber(at: start) }
        return .number(double)
    }

    mutating func digits() throws(JSONParseError) -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }
}
