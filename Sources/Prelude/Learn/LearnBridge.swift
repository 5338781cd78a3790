import Learn
import ModelViews
import Script

/// The seam between cells and Learn: runs Learn code with its errors turned into cell
/// errors, reads tensors and options from arguments, and ties Learn's randomness to the
/// cell's `seed(_:)`.
enum LearnBridge {
    /// Runs Learn (or ModelViews) code; its errors become `RuntimeError`s with their message,
    /// and cell errors raised inside (from a callback closure) pass through unchanged.
    static func run<T>(_ body: () throws -> T) throws(ScriptError) -> T {
        do { return try body() } catch { throw scriptError(error) }
    }

    static func scriptError(_ error: any Error) -> ScriptError {
        if let error = ScriptError(platform: error) { return error }
        return ScriptError(kind: .runtime, message: String(describing: error))
    }

    /// Runs `body` with Learn's global generator seeded from the cell's generator, so
    /// `seed(n)` in a cell makes every initialiser, shuffle and dropout mask repeat, and
    /// two notebooks never draw from each other's sequence.
    static func seeded<T>(_ interpreter: Interpreter, _ body: () throws -> T) throws(ScriptError) -> T {
        let seed = Int(bitPattern: UInt(interpreter.random.next()))
        return try run { try RandomState.withIsolatedGlobal(seed: seed, body) }
    }

    /// A tensor from a cell value: a `Tensor`, a number, or nested arrays of numbers; arrays
    /// holding tensors are stacked (`Tensor([x[0, 1], x[1, 0]])` keeps their gradients).
    static func tensor(_ value: Value, name: String) throws(ScriptError) -> Tensor {
        switch value {
        case .native(let object as TensorValue): return object.tensor
        case .int(let number): return Tensor(Double(number))
        case .double(let number): return Tensor(number)
        default:
            // Arrays and slices alike (`Tensor(xs.prefix(3))`).
            if let items = value.arrayElements { return try tensor(items: items, name: name) }
            throw ScriptError(kind: .type, message: "cannot convert value of type '\(value.typeName)' to expected argument type 'Tensor' ('\(name)')")
        }
    }

    private static func tensor(items: [Value], name: String) throws(ScriptError) -> Tensor {
        if items.contains(where: holdsTensor) {
            var parts: [Tensor] = []
            for item in items { parts.append(try tensor(item, name: name)) }
            return try run { try Tensor(stacking: parts, alongAxis: 0) }
        }
        var shape: [Int] = []
        var scalars: [Double] = []
        try flatten(items, depth: 0, shape: &shape, scalars: &scalars, name: name)
        return try run { try Tensor(shape: shape, scalars: scalars) }
    }

    private static func flatten(_ items: [Value], depth: Int, shape: inout [Int], scalars: inout [Double],
                                name: String) throws(ScriptError) {
        let ragged = ScriptError(kind: .type, message: "'\(name)' must be a rectangular array of numbers (rows of equal length)")
        guard depth < 8 else { throw ragged }
        if depth == shape.count { shape.append(items.count) } else if shape[depth] != items.count { throw ragged }
        for item in items {
            if let inner = item.arrayElements {
                try flatten(inner, depth: depth + 1, shape: &shape, scalars: &scalars, name: name)
            } else {
                guard depth + 1 == shape.count, let number = number(item) else { throw ragged }
                scalars.append(number)
            }
        }
    }

    /// True for a Tensor or an array holding one at any depth.
    private static func holdsTensor(_ value: Value) -> Bool {
        switch value {
        case .native(let object) where object is TensorValue: true
        default: value.arrayElements?.contains(where: holdsTensor) ?? false
        }
    }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }

    /// An `Int?` argument: nil for `nil`, else an Int (a TypeError naming the parameter otherwise).
    static func optionalInt(_ arguments: Arguments, _ index: Int) throws(ScriptError) -> Int? {
        guard let inner = optional(arguments[index]) else { return nil }
        guard case .int(let number) = inner else {
            let name = index < arguments.parameters.count ? arguments.parameters[index].name : "#\(index)"
            throw ScriptError(kind: .type, message: "cannot convert value of type '\(inner.typeName)' to expected argument type 'Int?' ('\(name)')")
        }
        return number
    }

    /// A number as tensors print it (`1.0`, `0.333333`).
    static func format(_ number: Double) -> String { Tensor(number).description }

    /// A cell value for a tensor.
    static func value(_ tensor: Tensor) -> Value { .native(TensorValue(tensor)) }

    /// Integers from an `[Int]` argument or variadic list; a single Int counts as one.
    static func ints(_ value: Value, name: String) throws(ScriptError) -> [Int] {
        switch value {
        case .int(let number): return [number]
        case _ where value.arrayElements != nil:
            var result: [Int] = []
            for item in value.arrayElements ?? [] {
                if item.arrayElements != nil { result += try ints(item, name: name); continue }
                guard case .int(let number) = item else {
                    throw ScriptError(kind: .type, message: "'\(name)' must be a list of integers, got '\(item.typeName)'")
                }
                result.append(number)
            }
            return result
        default:
            throw ScriptError(kind: .type, message: "'\(name)' must be a list of integers, got '\(value.typeName)'")
        }
    }

    /// An optional argument: nil for `nil` or a missing value.
    static func optional(_ value: Value) -> Value? {
        switch value {
        case .null, .void: nil
        case .wrapped(let inner): inner
        default: value
        }
    }
}

extension Parameter.DefaultValue {
    static let nilValue = Parameter.DefaultValue("nil") { .null }
}
