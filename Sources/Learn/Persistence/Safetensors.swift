import Platform

/// The safetensors format (Hugging Face's, read by Python's `safetensors` and PyTorch): an
/// 8-byte little-endian header length, a JSON header naming each tensor's dtype, shape and
/// byte range (`data_offsets`, relative to the data that follows) plus an optional
/// `__metadata__` object of strings, then the tensors' bytes, little-endian and packed.
///
/// Loupe writes F64 (its tensors' precision) and reads every float and integer dtype.
public struct Safetensors: Sendable {
    /// The tensors by name, and their names in the file's order.
    public var tensors: [String: Tensor]
    public var names: [String]
    /// The `__metadata__` strings.
    public var metadata: [String: String]

    /// The element types Loupe reads, by their safetensors names.
    public enum Element: String, Sendable, CaseIterable {
        case f64 = "F64", f32 = "F32", f16 = "F16", bf16 = "BF16"
        case i64 = "I64", i32 = "I32", i16 = "I16", i8 = "I8", u8 = "U8", bool = "BOOL"

        /// Bytes per element.
        var width: Int {
            switch self {
            case .f64, .i64: return 8
            case .f32, .i32: return 4
            case .f16, .bf16, .i16: return 2
            case .i8, .u8, .bool: return 1
            }
        }

        /// The element that starts at `bytes[offset]`, as a Double.
        func read(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Double {
            func bits<T: FixedWidthInteger>(_: T.Type) -> T {
                var value: T = 0
                for k in 0..<MemoryLayout<T>.size { value |= T(truncatingIfNeeded: bytes[offset + k]) << (8 * k) }
                return value
            }
            switch self {
            case .f64: return Double(bitPattern: bits(UInt64.self))
            case .f32: return Double(Float(bitPattern: bits(UInt32.self)))
            case .f16: return Element.half(bits(UInt16.self))
            case .bf16: return Double(Float(bitPattern: UInt32(bits(UInt16.self)) << 16))
            case .i64: return Double(bits(Int64.self))
            case .i32: return Double(bits(Int32.self))
            case .i16: return Double(bits(Int16.self))
            case .i8: return Double(Int8(bitPattern: bytes[offset]))
            case .u8: return Double(bytes[offset])
            case .bool: return bytes[offset] == 0 ? 0 : 1
            }
        }

        /// An IEEE 754 half-precision number's value.
        static func half(_ bits: UInt16) -> Double {
            let sign: Double = bits & 0x8000 == 0 ? 1 : -1
            let exponent = Int(bits >> 10 & 0x1F)
            let fraction = Double(bits & 0x3FF)
            switch exponent {
            case 0: return sign * fraction * 0x1p-24
            case 0x1F: return fraction == 0 ? sign * .infinity : .nan
            default: return sign * (1 + fraction / 1024) * Double(sign: .plus, exponent: exponent - 15, significand: 1)
            }
        }
    }

    public init(tensors: [(name: String, tensor: Tensor)], metadata: [String: String] = [:]) {
        self.tensors = Dictionary(tensors.map { ($0.name, $0.tensor) }, uniquingKeysWith: { first, _ in first })
        names = tensors.map(\.name)
        self.metadata = metadata
    }

    /// The file's bytes: the tensors as F64 in `names` order, the metadata keys sorted.
    public func encoded() -> [UInt8] {
        var entries: [(key: String, value: JSONValue)] = []
        if !metadata.isEmpty {
            entries.append(("__metadata__", .object(metadata.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })))
        }
        var offset = 0
        for name in names {
            guard let tensor = tensors[name] else { continue }
            let end = offset + 8 * tensor.scalarCount
            entries.append((name, .object([("dtype", .string("F64")), ("shape", .array(tensor.shape.map { .number(Double($0)) })),
                                           ("data_offsets", .array([.number(Double(offset)), .number(Double(end))]))])))
            offset = end
        }
        var header = Array(JSONValue.object(entries).text.utf8)
        header += Array(repeating: UInt8(ascii: " "), count: (8 - header.count % 8) % 8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + header.count + offset)
        bytes += littleEndian(UInt64(header.count))
        bytes += header
        for name in names {
            guard let tensor = tensors[name] else { continue }
            for scalar in tensor.scalars {
                var word = scalar.bitPattern.littleEndian
                withUnsafeBytes(of: &word) { bytes.append(contentsOf: $0) }
            }
        }
        return bytes
    }

    /// The longest header read, in bytes (the limit of Hugging Face's reader).
    static let maximumHeaderBytes = 100_000_000

    /// Reads a file's bytes; `file` names it in errors. Every size is checked against the file before
    /// anything is allocated, each tensor's scalars are reserved from the memory budget, and an
    /// interrupt stops the reading (`Interrupted`).
    public static func decode(_ bytes: [UInt8], file: String) throws -> Safetensors {
        func bad(_ reason: String) -> LearnError { .malformedFile(path: file, format: "safetensors", reason: reason) }
        guard bytes.count >= 8 else {
            throw bad("it has \(bytes.count) bytes, fewer than the 8 of its header's length")
        }
        var length: UInt64 = 0
        for k in 0..<8 { length |= UInt64(bytes[k]) << (8 * k) }
        guard length <= UInt64(maximumHeaderBytes) else {
            throw bad("its header length says \(length) bytes, more than the \(maximumHeaderBytes) safetensors allows")
        }
        guard length <= UInt64(bytes.count - 8) else {
            throw bad("the file is truncated: its header should have \(length) bytes, but only \(bytes.count - 8) follow")
        }
        let dataStart = 8 + Int(length)
        guard let header = JSONValue.parse(bytes[8..<dataStart]), let members = header.members else {
            throw bad("the header is not a JSON object")
        }
        var tensors: [(name: String, tensor: Tensor)] = []
        var metadata: [String: String] = [:]
        let dataCount = bytes.count - dataStart
        for (name, entry) in members {
            if name == "__metadata__" {
                guard let pairs = entry.members else { throw bad("'__metadata__' is not an object of strings") }
                for (key, value) in pairs {
                    guard let text = value.string else { throw bad("'__metadata__' entry '\(key)' is not a string") }
                    metadata[key] = text
                }
                continue
            }
            let tensor = try readTensor(name, entry, bytes: bytes, dataStart: dataStart, dataCount: dataCount, file: file, bad: bad)
            tensors.append((name, tensor))
        }
        return Safetensors(tensors: tensors, metadata: metadata)
    }

    private static func readTensor(_ name: String, _ entry: JSONValue, bytes: [UInt8], dataStart: Int, dataCount: Int, file: String,
                                   bad: (String) -> LearnError) throws -> Tensor {
        guard let dtype = entry["dtype"]?.string else { throw bad("tensor '\(name)' has no dtype") }
        guard let element = Element(rawValue: dtype) else {
            let known = Element.allCases.map(\.rawValue).joined(separator: ", ")
            throw bad("tensor '\(name)' has dtype \(dtype); Loupe reads \(known)")
        }
        guard let sizes = entry["shape"]?.array, case let shape = sizes.compactMap(\.integer),
              shape.count == sizes.count, shape.allSatisfy({ $0 >= 0 }) else {
            throw bad("tensor '\(name)' has no shape of whole numbers ≥ 0")
        }
        guard let range = entry["data_offsets"]?.array, range.count == 2,
              let begin = range[0].integer, let end = range[1].integer, 0 <= begin, begin <= end else {
            throw bad("tensor '\(name)' has no data_offsets [begin, end]")
        }
        guard end <= dataCount else {
            throw bad("tensor '\(name)' ends at byte \(end) of the data, past the \(dataCount) bytes the file holds after its header")
        }
        // Every size counts (a zero among them too): no product of sizes, nor any stride, can overflow later.
        var product = 1
        for size in shape where size > 0 {
            let (next, overflow) = product.multipliedReportingOverflow(by: size)
            guard !overflow, next <= dataCount else {
                throw bad("tensor '\(name)' has shape \(shape), more elements than the file holds")
            }
            product = next
        }
        let count = shape.contains(0) ? 0 : product
        guard count * element.width == end - begin else {
            throw bad("tensor '\(name)' has shape \(shape) of \(dtype) (\(count * element.width) bytes), but its data_offsets span \(end - begin) bytes")
        }
        try MemoryBudget.reserve(count: count, stride: MemoryLayout<Double>.stride, for: "tensor '\(name)' of shape \(shape) in \(file)")
        var scalars: [Double] = []
        scalars.reserveCapacity(count)
        let step = 1 << 20
        try bytes.withUnsafeBytes { raw in
            for first in stride(from: 0, to: count, by: step) {
                try Interrupt.check()
                for index in first..<min(first + step, count) {
                    scalars.append(element.read(raw, at: dataStart + begin + index * element.width))
                }
            }
        }
        return Tensor(uncheckedShape: shape, scalars: scalars)
    }
}

private func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    (0..<MemoryLayout<T>.size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
}
