import Charts
import Platform
import Script

/// Reads chart arguments from a builtin call: numbers as `[Double]` or a Tensor, optional
/// strings, series dictionaries and symbols. Every mismatch is a TypeError naming the argument.
enum ChartArguments {
    /// `[Double]` (Int elements widen) or a Tensor's scalars.
    static func numbers(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [Double] {
        guard let values = numbers(in: arguments[index]) else {
            throw mismatch(arguments, index, expected: "[Double] or Tensor")
        }
        return values
    }

    /// The numbers of an array or Tensor value, nil for anything else.
    static func numbers(in value: Value) -> [Double]? {
        measuredNumbers(in: value)?.values
    }

    /// The numbers of an array or Tensor value and their extent (found while converting an array,
    /// in a separate pass for a Tensor), nil for anything else.
    static func measuredNumbers(in value: Value) -> (values: [Double], extent: FiniteExtent)? {
        switch value {
        case .native(let object):
            guard let scalars = (object as? TensorValue)?.tensor.scalars else { return nil }
            return (scalars, FiniteExtent(scalars))
        case .array(let items):
            return doubles(items)
        default:
            return nil
        }
    }

    /// The elements as Doubles (Ints widen) and their extent, nil when one is not a number. One
    /// pass writing into uninitialised storage (a large array in one piece per core): this is the
    /// whole cost of passing a million values to a chart, and it is bound by reading the values,
    /// so the extent comes almost free (kept in two lanes, even and odd elements, so the
    /// minimum's compare-and-select chain is half as long: 1.65 → 1.46 ms for a million).
    static func doubles(_ items: [Value]) -> (values: [Double], extent: FiniteExtent)? {
        let pieces = items.count >= 1 << 17 ? Parallel.width : 1
        let lanes = UnsafeMutableBufferPointer<ExtentLane>.allocate(capacity: 2 * pieces)
        defer { lanes.deallocate() }
        lanes.initialize(repeating: ExtentLane())
        var valid = true
        let result = [Double](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let target = buffer
            items.withUnsafeBufferPointer { source in
                Parallel.forEach(pieces) { piece in
                    let start = source.count * piece / pieces, end = source.count * (piece + 1) / pieces
                    var even = ExtentLane(), odd = ExtentLane()
                    defer { lanes[2 * piece] = even; lanes[2 * piece + 1] = odd }
                    var index = start
                    while index + 2 <= end {
                        guard let x = number(source[index]), let y = number(source[index + 1]) else { even.invalid = true; return }
                        target[index] = x; target[index + 1] = y
                        even.add(x); odd.add(y)
                        index += 2
                    }
                    if index < end {
                        guard let x = number(source[index]) else { even.invalid = true; return }
                        target[index] = x
                        even.add(x)
                    }
                }
            }
            valid = !lanes.contains { $0.invalid }
            initialized = valid ? items.count : 0
        }
        guard valid else { return nil }
        let lane = lanes.reduce(ExtentLane()) { $0.merged(with: $1) }
        return (result, FiniteExtent(lo: lane.lo, hi: lane.hi, count: items.count, nonFinite: lane.nonFinite))
    }

    @inline(__always)
    private static func number(_ value: Value) -> Double? {
        switch value {
        case .double(let number): number
        case .int(let number): Double(number)
        default: nil
        }
    }

    /// A running finite minimum and maximum, the count of other values, and whether a value
    /// was not a number at all.
    private struct ExtentLane {
        var lo = Double.infinity, hi = -Double.infinity, nonFinite = 0
        var invalid = false

        func merged(with other: ExtentLane) -> ExtentLane {
            ExtentLane(lo: Swift.min(lo, other.lo), hi: Swift.max(hi, other.hi), nonFinite: nonFinite + other.nonFinite,
                       invalid: invalid || other.invalid)
        }

        @inline(__always)
        mutating func add(_ v: Double) {
            if v.isFinite {
                lo = v < lo ? v : lo
                hi = v > hi ? v : hi
            } else {
                nonFinite += 1
            }
        }
    }

    /// An optional `[Double]`/Tensor argument (nil when the default `nil` is left in place).
    static func optionalNumbers(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [Double]? {
        if isNil(arguments[index]) { return nil }
        return try numbers(arguments, index)
    }

    /// `[String: [Double]]` (values may also be Tensors), in insertion order.
    static func series(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [NamedSeries] {
        guard case .dictionary(let dictionary) = arguments[index] else {
            throw mismatch(arguments, index, expected: "[String: [Double]]")
        }
        var result: [NamedSeries] = []
        for (key, value) in dictionary.pairs {
            guard let values = numbers(in: value) else { throw mismatch(arguments, index, expected: "[String: [Double]]") }
            result.append(NamedSeries(label(key), values))
        }
        return result
    }

    /// `[String: Double]` as (label, value) pairs in insertion order.
    static func pairs(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [(String, Double)] {
        guard case .dictionary(let dictionary) = arguments[index] else {
            throw mismatch(arguments, index, expected: "[String: Double]")
        }
        var result: [(String, Double)] = []
        for (key, value) in dictionary.pairs {
            switch value {
            case .double(let number): result.append((label(key), number))
            case .int(let number): result.append((label(key), Double(number)))
            default: throw mismatch(arguments, index, expected: "[String: Double]")
            }
        }
        return result
    }

    /// An optional `[String]` argument.
    static func optionalStrings(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> [String]? {
        if isNil(arguments[index]) { return nil }
        var unwrapped = arguments
        unwrapped[index] = unwrap(arguments[index])
        return try unwrapped.strings(index)
    }

    /// An optional `String` argument.
    static func optionalString(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> String? {
        switch unwrap(arguments[index]) {
        case .null: return nil
        case .string(let text): return text
        case .character(let character): return String(character)
        default: throw mismatch(arguments, index, expected: "String")
        }
    }

    /// An optional `Double` argument.
    static func optionalDouble(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> Double? {
        switch unwrap(arguments[index]) {
        case .null: return nil
        case .double(let number): return number
        case .int(let number): return Double(number)
        default: throw mismatch(arguments, index, expected: "Double")
        }
    }

    /// A `.name` argument that must be one of `allowed`.
    static func choice(_ arguments: Arguments, _ index: Int, among allowed: [String]) throws(ScriptError) -> String {
        let options = allowed.map { "." + $0 }.joined(separator: ", ")
        guard case .symbol(let name) = arguments[index] else {
            throw mismatch(arguments, index, expected: "one of \(options)")
        }
        guard allowed.contains(name) else {
            let parameter = parameterName(arguments, index)
            throw ScriptError(kind: .type, message: "unknown \(parameter) '.\(name)'; expected one of \(options)")
        }
        return name
    }

    static func isNil(_ value: Value) -> Bool {
        if case .null = value { return true }
        return false
    }

    static func unwrap(_ value: Value) -> Value {
        if case .wrapped(let inner) = value { return unwrap(inner) }
        return value
    }

    static func label(_ key: DictionaryKey) -> String {
        if case .string(let text) = key { return text }
        return key.value.description
    }

    static func parameterName(_ arguments: Arguments, _ index: Int) -> String {
        index < arguments.parameters.count ? arguments.parameters[index].name : "#\(index)"
    }

    /// A TypeError naming the argument; a later overload with the same labels (say, one the Learn side
    /// registers for its own types) still gets a chance.
    static func mismatch(_ arguments: Arguments, _ index: Int, expected: String) -> ScriptError {
        ScriptError.argumentMismatch(arguments[index], expected: expected, parameter: parameterName(arguments, index))
    }
}
