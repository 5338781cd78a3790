/// Reproducible randomness (section 6): `seed`, `randn`, `rand`, `normal`; `Double.random`/`Int.random` live
/// on the scalar types.
enum RandomFunctions {
    static var all: [Builtin] { [
        Builtin("seed", [.positional("value", "Int")], doc: "Resets the global random generator (xoshiro256**).") { args throws(ScriptError) in
            args.interpreter.random.seed(UInt64(bitPattern: Int64(try args.int(0))))
            return .void
        },
        Builtin("randn", [.positional("count", "Int")], returns: "[Double]", doc: "count samples of the standard normal distribution.") { args throws(ScriptError) in
            let count = try args.int(0)
            try Limits.checkAllocation(count)
            let random = args.interpreter.random
            return .array((0..<count).map { _ in .double(random.nextNormal()) })
        },
        Builtin("rand", [.positional("count", "Int")], returns: "[Double]", doc: "count samples uniform in 0..<1.") { args throws(ScriptError) in
            let count = try args.int(0)
            try Limits.checkAllocation(count)
            let random = args.interpreter.random
            return .array((0..<count).map { _ in .double(random.nextDouble()) })
        },
        Builtin("normal", [.labeled("count", "Int"), Parameter("mean", type: "Double", default: .constant("0", .double(0))),
                           Parameter("std", type: "Double", default: .constant("1", .double(1)))],
                returns: "[Double]", doc: "count samples of a normal distribution.") { args throws(ScriptError) in
            let count = try args.int(0), mean = try args.double(1), std = try args.double(2)
            try Limits.checkAllocation(count)
            let random = args.interpreter.random
            return .array((0..<count).map { _ in .double(mean + std * random.nextNormal()) })
        },
    ] }

    /// `UInt8.random(in: 0...255)` and the other widths: a uniform integer of `kind` in the range.
    static func sample(_ range: Value, _ random: RandomSource, kind: IntegerKind) throws(ScriptError) -> Value {
        guard case .range(let bounds) = range, let low = IntegerValue.number(bounds.lower), var high = IntegerValue.number(bounds.upper),
              kind.contains(low), kind.contains(bounds.isClosed ? high : high - 1) || low == high else {
            throw ScriptError(kind: .type, message: "\(kind.name).random(in:) needs a range of \(kind.name), not '\(range.typeName)'")
        }
        if !bounds.isClosed { high -= 1 }
        guard low <= high else { throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range") }
        // The width is at most 2^64 (every value of a 64-bit kind): `next()` covers that one.
        let width = high - low + 1
        let offset = width > Int128(UInt64.max) ? Int128(random.next()) : Int128(random.nextInt(below: UInt64(width)))
        return .native(IntegerValue(kind, low + offset))
    }

    /// `Float.random(in: 0..<1)`: a uniform Float in the range (never the upper bound of a half-open one).
    static func sampleFloat(_ range: Value, _ random: RandomSource) throws(ScriptError) -> Value {
        guard case .range(let bounds) = range, let low = FloatValue.number(bounds.lower), let high = FloatValue.number(bounds.upper) else {
            throw ScriptError(kind: .type, message: "Float.random(in:) needs a range of Float, not '\(range.typeName)'")
        }
        guard low.isFinite, high.isFinite, bounds.isClosed ? low <= high : low < high else {
            throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range")
        }
        var x = Float(Double(low) + (Double(high) - Double(low)) * random.nextDouble())
        if !bounds.isClosed && x >= high { x = high.nextDown }
        return .native(FloatValue(Swift.min(Swift.max(x, low), high)))
    }

    /// A uniform sample from a range value (`0..<1`, `1...6`).
    static func sample(_ range: Value, _ random: RandomSource, integer: Bool) throws(ScriptError) -> Value {
        guard case .range(let bounds) = range else {
            throw ScriptError(kind: .type, message: "random(in:) needs a range, not '\(range.typeName)'")
        }
        if integer {
            guard case .int(let low) = bounds.lower, case .int(var high) = bounds.upper else {
                throw ScriptError(kind: .type, message: "Int.random(in:) needs an Int range")
            }
            if !bounds.isClosed { high -= 1 }
            guard low <= high else { throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range") }
            let width = UInt64(bitPattern: Int64(high &- low)) &+ 1
            let offset = width == 0 ? random.next() : random.nextInt(below: width)
            return .int(low &+ Int(truncatingIfNeeded: offset))
        }
        guard let low = bounds.lower.asDouble, let high = bounds.upper.asDouble, low <= high else {
            throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range")
        }
        if !bounds.isClosed && low == high { throw ScriptError(kind: .runtime, message: "Can't get random value with an empty range") }
        return .double(low + (high - low) * random.nextDouble())
    }
}
